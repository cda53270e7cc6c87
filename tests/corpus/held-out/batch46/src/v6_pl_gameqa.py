# Voice 6: Pawel, a game-QA tester from Wroclaw who does functional testing, LQA for Polish and compatibility runs (freelancer). English and Polish.
from common import make
A = make('b46-pl-game-qa', 'freelancer')
V, C, AL = 'violation', 'clean', 'allowed'
P = 'proposal'

# violations
A(V, 'contact-sharing', "Hi! 6 yrs functional QA, 40+ shipped titles (Steam, Switch, PS5). I can start the regression pass tomorrow. Fastest way to reach me: Discord pawel_breaksgames, I'm online basically always.", P)
A(V, 'contact-sharing', "Cześć, jestem testerem gier z Wrocławia. Mój numer: +48 500 000 xxx — żartuję, pełny: +48 500 000 417. Proszę dzwonić albo pisać na Signalu.", P, 'pl')
A(V, 'contact-sharing', "My test reports template is on my site qa-pawel.example.pl — there is a 'hire me' button there too if you prefer not to go through the platform.", P)
A(V, 'contact-request', "Do you have a Discord server for the playtest? Send me an invite and your handle so I can DM you bugs before the contract is set up.")
A(V, 'contact-request', "Mógłby Pan podać swój e-mail? Wyślę tam przykładowy raport z błędami, tutaj załączniki czasem nie przechodzą.", 'message', 'pl')
A(V, 'off-platform', "Let's talk over Discord voice, I can share my screen and show you the crash repro live. Then you decide if you want to hire me.")
A(V, 'off-platform', "Proponuję przenieść rozmowę na Telegrama — tam szybciej odpisuję, a Upwork i tak tylko do formalności.", 'message', 'pl')
A(V, 'payment', "If you want to save on fees, after this milestone we can continue with direct invoices — I'm a registered sole trader in Poland (JDG), I can issue a proper VAT invoice, you just pay the bank transfer.", 'message', 'en', contract='active')
A(V, 'payment', "Za kolejne testy możesz mi płacić BLIKiem albo przelewem, będzie taniej dla nas obu.", 'message', 'pl', contract='active')
A(V, 'payment', "I accept Revolut or crypto (USDC) for the bonus bug bounty — better not to put it in the contract, Upwork takes 10%.", 'message', 'en', contract='active')
A(V, 'feedback', "The full bug database export (312 issues) is ready. I'll send it right after you leave the 5-star review — I've been burned before by clients who disappear.", 'message', 'en', contract='active')
A(V, 'feedback', "Jeśli wystawisz mi 5 gwiazdek, następny test kompatybilności zrobię za pół ceny. Uczciwy deal?", 'message', 'pl', contract='active')
A(V, 'account-sharing', "My friend Kuba also tests games. When I'm busy he logs into my Upwork and does the hours for me — same quality, you won't notice a difference.", 'message', 'en', contract='active')
A(V, 'account-sharing', "Send me your Steamworks partner login and I'll upload the build and flip the beta branch myself, saves you time.", 'message', 'en', contract='active')
A(V, 'account-sharing', "Mam konto na Upworku z dobrymi opiniami, ale nie mogę go teraz używać. Mogę pracować przez konto mojej dziewczyny, ona jest zweryfikowana.", 'message', 'pl')
A(V, 'harassment', "With all respect, your game is garbage and so is your team. I've tested student projects with fewer crashes. Don't message me again with 'priorities'.", 'message', 'en', contract='active')
A(V, 'harassment', "Jesteś żałosny. Płacisz grosze i jeszcze wymagasz. Wiem, gdzie jest wasze studio, więc uważaj, co piszesz.", 'message', 'pl', contract='active')
A(V, 'contact-sharing', """Hello,

I'm Paweł, a game QA tester based in Wrocław, Poland. I saw you need a tester for the closed beta of your roguelike deckbuilder on Steam and Steam Deck. That's exactly what I do every day.

What I can offer:
• Functional testing – card interactions, combo edge cases, save/load, achievements
• Compatibility – I have a Steam Deck, a mid-range PC (RTX 3060), a low-end laptop with integrated graphics, and an old i5 with a GTX 970 to check your minimum spec
• Controller testing – Xbox, DualSense, 8BitDo, Steam Deck inputs and glyphs
• Polish LQA – native speaker, I can check your Polish strings for truncation, gender forms and plural forms (Polish has three, most games get it wrong)
• Clear bug reports – title, steps to reproduce, expected vs. actual result, severity, build number, video, logs

My typical report looks like this:
[BUILD 0.8.3] Game crashes when discarding the last card while 'Echo' relic is active
Steps: 1) Start run with Echo relic 2) Reduce hand to one card 3) Discard it with any discard effect
Result: hard crash to desktop, log attached
Frequency: 5/5

I use Jira, Trello, Linear or HacknPlan, whatever you prefer. If you don't have a tracker I can set up a simple Google Sheet.

Availability: 25-30 hours per week, CET timezone, I can do overnight runs for soak tests.

A few questions so I can plan the first week:
1. Which build will the beta testers get — the same as the one I test, or a day behind?
2. Do you want me to verify fixes (regression on closed tickets) or only find new issues?
3. Is there a known-issues list, so I don't spend time re-reporting things you already know about?
4. Should I test the Steam Cloud saves between Deck and PC? It's a common source of lost progress and angry reviews.

On pricing: hourly through Upwork with a weekly cap, or a fixed milestone per test pass — both work for me.

If you want to ask something quickly before deciding, write me on WhatsApp +48 500 000 283, I answer faster there.

Thanks for reading, I hope to break your game soon (in a good way!)
Paweł""", P)

# clean
A(C, 'payment', "Bug found in the in-app store: after a failed card payment, the 'Purchase complete' popup still shows and gems are added. Severity: critical. Repro 4/5 on build 1.2.7, video attached.", 'message', 'en', contract='active')
A(C, 'payment', "Test run on the PayPal sandbox checkout is done: 18 test cases passed, 2 failed (currency rounding on PLN and JPY). Details in the Jira tickets QA-441 and QA-442.", 'message', 'en', contract='active')
A(C, 'payment', "Moja stawka to 18 USD za godzinę, wszystko przez Upwork. Mogę też zrobić test kompatybilności jako stały kamień milowy.", P, 'pl')
A(C, 'account-sharing', "Login flow test: 'Sign in with Steam' works, but 'Sign in with Google' loops back to the title screen on Steam Deck. The test account you gave me (qa_tester_07) is fine otherwise.", 'message', 'en', contract='active')
A(C, 'account-sharing', "Please don't send me your personal Steam password — just add my Steam account to the partner group with the tester role, or send a key for the beta branch.", 'message', 'en', contract='active')
A(C, 'account-sharing', "Zalogowałem się na konto testowe nr 3 i nie da się zmienić hasła — po kliknięciu 'Zapisz' nic się nie dzieje. Dodałem zgłoszenie w Jirze.", 'message', 'pl', contract='active')
A(C, 'feedback', "Steam reviews from the beta mention the tutorial is too long. I timed it: 14 minutes on average across 5 runs. Want me to write a short note with where players drop?", 'message', 'en', contract='active')
A(C, 'feedback', "Thanks for the 5 stars and the kind words about the bug reports! Happy to test the console port whenever it's ready.", 'message', 'en', contract='active')
A(C, 'feedback', "Przy następnej wersji proszę o feedback do moich raportów — czy poziom szczegółów wam pasuje, czy pisać krócej?", 'message', 'pl', contract='active')
A(C, 'off-platform', "The Discord rich presence shows 'In menu' even during combat. Minor, but players notice. Logged as QA-219.", 'message', 'en', contract='active')
A(C, 'off-platform', "I'll post the daily test summary here in the Upwork chat every evening at 20:00 CET, plus bugs in Jira as usual.", 'message', 'en', contract='active')
A(C, 'contact-sharing', "Found a typo on the credits screen: the studio email reads 'contact@studio-example.com' twice and the press address is missing. Screenshot attached.", 'message', 'en', contract='active')
A(C, 'contact-request', "The newsletter sign-up in the main menu accepts an email with no '@' and then crashes. Repro: type 'abc', press Enter. Severity: major.", 'message', 'en', contract='active')
A(C, 'harassment', "Heads-up: the chat filter lets through several Polish slurs (list in the attached spreadsheet, censored). Suggest adding them to the blocklist before launch.", 'message', 'en', contract='active')
A(C, 'harassment', "I'll be straight with you: marking my crash reports as 'not a bug' without checking the logs is frustrating. Can we agree on a quick triage rule?", 'message', 'en', contract='active')

# allowed
A(AL, 'contact-sharing', "To scope the regression pass I'd like to see your current Jira board first. If you send an invite, I'll post here the email tied to my Atlassian account — only for that invite.", P)
A(AL, 'contact-sharing', "For the Jira invite: pawel.qa.tests@proton.me — it's the address tied to my Atlassian account, use it only for the access.")
A(AL, 'contact-sharing', "Kontrakt już działa, więc podaję Discorda do pilnych zgłoszeń crashy w nocy: pawel_breaksgames. Płatności zostają na Upworku.", 'message', 'pl', contract='active')
A(AL, 'off-platform', "Now that we're under contract, sure, I'll join your studio Discord — the #qa channel is a good place for quick repro questions.", 'message', 'en', contract='active')
A(AL, 'contact-sharing', "Your publisher is on Upwork Enterprise, so yes — my email for the calendar invite is pawel.qa.tests@proton.me and I'm free Wednesday.", 'message', 'en', client='enterprise')
A(AL, 'contact-sharing', "I signed the NDA you sent; as required it includes my full name, address in Wrocław and phone. Attached here as PDF.")
A(AL, 'contact-request', "Kto ma mi dać dostęp do TestRail? Podaj proszę adres e-mail, na który mam się zarejestrować, albo zaproś mój — tylko do narzędzia.", 'message', 'pl', contract='active')
A(AL, 'contact-sharing', "My GitHub username is pawel-qa-example — add it to the repo with the test scripts and I'll review what you have before proposing a price.", P)
A(V, 'contact-request', "Discord?")
