/** Printed by --help. Keep in step with args.ts and run.ts (tests/unit/cli.test.ts checks every option is here). */
export const USAGE = `Usage: clearsend check [options] [FILE|DIR ...]

Checks text you are about to send on Upwork for things that break Upwork's
rules: contact details, moving the conversation off Upwork, payment outside
Upwork, pressure for feedback, account sharing and harassment.

With no FILE, or when FILE is -, reads standard input. A DIR is searched
recursively for .txt and .md files, in sorted order; node_modules and
directories whose names start with a dot are skipped, and symbolic links to
directories are not followed. A FILE named on the command line is checked
whatever its extension.

Where the text goes (the config file can set these too):
  --surface proposal|message    a proposal (cover letter, screening answer) or
                                a message (default: message)
  --client standard|enterprise  enterprise: a Business or Enterprise client,
                                who may exchange contact details before a
                                contract (default: standard)
  --contract none|active        whether a contract has started (default: none)
  --role freelancer|client      who is writing (default: freelancer)

Rules:
  --rule RULE=LEVEL             LEVEL is off, warning or violation; repeat the
                                option or separate settings with commas. It
                                changes findings no exception applies to.
  --second-opinion              also run the second opinion: a statistical
                                model that reports, as warnings, sentences no
                                rule spoke about but that read like a breach,
                                and lowers to a warning a rule's finding whose
                                whole sentence it reads as ordinary (the same
                                as --rule second-opinion=warning; off by
                                default)
  --no-config-lookup            ignore .clearsendrc.json files

Output:
  -f, --format NAME             stylish (default), compact, json, sarif or
                                github (GitHub Actions annotations)
  --json                        the same as --format json
  -q, --quiet                   report violations only
  --max-warnings N              exit 1 when more than N warnings are found
                                (counted even with --quiet)
  -o, --output-file FILE        write the report to FILE instead of standard
                                output
  --stdin-filename NAME         the name to give standard input in the report;
                                its folder is where the config file is sought
  --color, --no-color           force colour on or off (otherwise: on for a
                                terminal; FORCE_COLOR and NO_COLOR are obeyed)

Fixes (only when asked; nothing is written otherwise):
  --fix                         apply the suggested fixes to the files; a file
                                is written only if git can undo it (committed,
                                no uncommitted changes), else it is reported
                                and left as it is
  --fix-backup                  with --fix: first copy each file changed to
                                FILE.bak, and write it even outside git
  --fix-dry-run                 work out the fixes and report what would
                                remain, writing nothing (with --format json,
                                each entry's "output" is the fixed text)

  -h, --help                    print this help and exit
  --version                     print the version and exit
Options may also be written --name=value.

Config file:
  .clearsendrc.json in the checked file's folder or any folder above it, for
  example {"surface": "proposal", "rules": {"contact-link": "warning"}}.
  Settings: surface, client, contract, role, rules, forbiddenTerms (an
  agency's own domains, handles, phrases and platforms, for the rule
  agency-terms), and "root": true to stop the search there. A nearer file
  wins over a farther one; the command line wins over both.

Silencing findings in a template:
  Put a directive on a line, in any comment style (<!-- -->, {{! }}, #):
    clearsend-disable-next-line contact-email   the next line
    clearsend-disable-line contact-link         its own line
    clearsend-disable contact-email ... clearsend-enable contact-email
  Without rule ids a directive covers every rule; text after " -- " is a
  comment. An unknown rule id is an error.

Report:
  stylish prints, for each input with findings, its name and per finding its
  line:column, severity (violation, warning or info), rule and the matched
  text (control and invisible characters escaped, e.g. \\u{202e}), then the
  message and, when an exception softened it, the reason. Lines fit the
  terminal (80 columns when not a terminal). Columns count UTF-16 code units,
  like JavaScript string offsets (most emoji count as 2). A summary line ends
  the report. json prints one entry per input: {"file", "violations",
  "warnings", "info", "findings"}, "file" being "-" for standard input, each
  finding as the detector returns it plus line, column, endLine, endColumn.
  When at least a fifth of a text's letters are in a script the rules do not
  read (Armenian, Khmer...), the report says so (not sarif): a note under the
  name, a Note line, "unreadScript" (its ISO 15924 code) in json, a ::notice;
  the rules find only addresses, links, numbers and Latin words there. So it
  does for a text in a Latin-script language the rules do not read
  (Basque, Zulu...; 20 words or more, or unmistakable):
  "unreadLanguage" (its ISO 639-1 code) in json.

Errors:
  A FILE that is missing, unreadable, binary (a NUL byte in its first 8 KB) or
  not UTF-8, a DIR with no .txt or .md files, and an invalid config file are
  reported on standard error; the other inputs are still checked.

Exit status:
  0  no violations (warnings and info do not fail, up to --max-warnings)
  1  at least one violation, or more warnings than --max-warnings
  2  a usage error, an input that could not be checked, an invalid config
     file or directive, or fixes that could not be written
`;
