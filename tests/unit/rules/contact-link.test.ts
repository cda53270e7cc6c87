import { withFixedGaps, EXCEPTION, runRuleTests, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // The brand's profiles for the footer, a booking embed for the client's page, the client's site to be replaced.
  'Could you add our social icons to the footer? facebook.com/northpinebakery and @northpine on Instagram.',
  'Please put the Calendly embed on our landing page: calendly.com/northpine-studio/30min, it is for our customers.',
  'Our website is northpine-outdoor.com, the product pages there are what we want the new design to replace.',
  'See https://github.com/facebook/react/issues/123 for the bug.',
  'My profile is upwork.com/freelancers/~01abc',
  'The spec is at docs.google.com/document/d/1abc/edit',
  'See drive.google.com/file/d/abc for the assets.',
  'Use example.com in the tests.',
  'We use next.js and node.js for the stack.',
  'Open index.html and config.yaml.',
  'Read en.wikipedia.org/wiki/Regular_expression first.',
  'The video youtube.com/watch?v=dQw4w9WgXcQ shows the issue.',
  'Your site acme-shop.com loads slowly on mobile.',
  'Weights saved to model.pt and results to report.pdf.',
  'Bump the version to 2.5.io-beta? No, 2.5.1 is enough.',
  'The PayPal integration guide on developer.mozilla.org/en-US/docs/Web/API helped.',
  { text: 'Connect with me: linkedin.com/in/janedoe', context: { client: 'enterprise' } },
  { text: 'Connect with me: linkedin.com/in/janedoe', context: { contract: 'active' } },
  // Someone else's site, with a contact form to build: not the writer's own.
  'Your current site www.dentalcare-austin.com needs a contact form that sends to the front desk.',
  // A booking form as the work to build.
  'The salon site needs a booking form on the home page, like glowstudio.example.com has.',
];

const invalid: InvalidCase[] = [
  // Next to them: the writer's own profile and booking page, a site offered to be contacted on.
  { text: 'My Instagram for the footer of your site: instagram.com/jdoe.design', findings: [{ match: 'instagram.com/jdoe.design', severity: 'violation' }] },
  { text: 'Book a call with me here: calendly.com/jdoe/30min', findings: [{ match: 'calendly.com/jdoe/30min', severity: 'violation' }] },
  { text: 'Our website is northpine-outdoor.com, contact us there for a quote.', findings: [{ match: 'northpine-outdoor.com', severity: 'violation' }] },
  { text: 'Connect with me: linkedin.com/in/janedoe', findings: [{ match: 'linkedin.com/in/janedoe', severity: 'violation', exception: false }] },
  { text: 'Book a call: calendly.com/janedoe/30min', findings: [{ match: 'calendly.com/janedoe/30min', severity: 'violation' }] },
  { text: 'Details here https://bit.ly/3xYzAbc', findings: [{ match: 'https://bit.ly/3xYzAbc', severity: 'violation' }] },
  { text: 'Fill in forms.gle/AbCdEf123', findings: [{ match: 'forms.gle/AbCdEf123', severity: 'violation' }] },
  { text: 'Join zoom.us/j/1234567890 at 5', findings: [{ match: 'zoom.us/j/1234567890', severity: 'violation' }] },
  { text: 'Visit my website janedoe.dev for more', findings: [{ match: 'janedoe.dev', severity: 'violation' }] },
  { text: 'visit my site www.jane-doe-design.com', findings: [{ match: 'www.jane-doe-design.com', severity: 'violation' }] },
  { text: 'Contact page: https://janedoe.design/contact', findings: [{ match: 'https://janedoe.design/contact', severity: 'violation' }] },
  { text: 'https://linktr.ee/janedoe', findings: [{ match: 'https://linktr.ee/janedoe', severity: 'violation' }] },
  // Portfolio links: the sources disagree, so a warning that explains both sides.
  { text: 'Samples of my work: dribbble.com/janedoe', findings: [{ match: 'dribbble.com/janedoe', severity: 'warning', exception: EXCEPTION.portfolio }] },
  { text: 'I built shop.brightcandles.com for a client, see the live site.', findings: [{ match: 'shop.brightcandles.com', severity: 'warning', exception: true }] },
  // Disguised dots and letters.
  { text: 'linkedin[dot]com/in/janedoe', findings: [{ match: 'linkedin[dot]com/in/janedoe', severity: 'violation' }] },
  { text: 'linkedin . com/in/janedoe', findings: [{ match: 'linkedin . com/in/janedoe', severity: 'violation' }] },
  { text: 'my profile: ｌｉｎｋｅｄｉｎ.com/in/janedoe', findings: [{ match: 'ｌｉｎｋｅｄｉｎ.com/in/janedoe', severity: 'violation' }] },
  { text: 'my profile: l\u0456nkedin.com/in/janedoe', findings: [{ match: 'l\u0456nkedin.com/in/janedoe', severity: 'violation' }] },
  { text: 'see linked\u200Bin.com/in/janedoe', findings: [{ match: 'linked\u200Bin.com/in/janedoe', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🚀✨ calendly.com/janedoe', findings: [{ match: 'calendly.com/janedoe', severity: 'violation' }] },
  // Two in one text, the second at the very end.
  {
    text: 'Find me at linkedin.com/in/janedoe or instagram.com/janedoe',
    findings: [
      { match: 'linkedin.com/in/janedoe', severity: 'violation' },
      { match: 'instagram.com/janedoe', severity: 'violation' },
    ],
  },
  // Exceptions.
  { text: 'Connect with me: linkedin.com/in/janedoe', context: { client: 'enterprise' }, findings: [{ match: 'linkedin.com/in/janedoe', severity: 'info', exception: EXCEPTION.enterprise }] },
  { text: 'Connect with me: linkedin.com/in/janedoe', context: { contract: 'active' }, findings: [{ match: 'linkedin.com/in/janedoe', severity: 'info', exception: EXCEPTION.contract }] },
  // Your own site, said in other languages, or offered with its contact form.
  { text: 'Більше про мене — на моєму сайті andriikoval.dev, залиште заявку.', findings: [{ match: 'andriikoval.dev', severity: 'violation' }] },
  { text: 'Подробнее на моем сайте ivanpetrov.dev', findings: [{ match: 'ivanpetrov.dev', severity: 'violation' }] },
  { text: 'Hamari company ki site dekh lijiye sharmawebstudio.in, contact page pe form hai.', findings: [{ match: 'sharmawebstudio.in', severity: 'violation' }] },
  { text: 'Web sitem selinaydin-foto.com.tr üzerinden randevu formunu doldurabilirsiniz.', findings: [{ match: 'selinaydin-foto.com.tr', severity: 'violation' }] },
  { text: 'Samples are at mariabell.design, the contact form is on the same site.', findings: [{ match: 'mariabell.design', severity: 'violation' }] },
  // An article under a Medium profile is a writing sample (a warning), the profile itself a contact link.
  {
    text: 'Some of my published articles: medium.com/@anna-writes/3-ways-to-cut-saas-churn',
    findings: [{ match: 'medium.com/@anna-writes/3-ways-to-cut-saas-churn', severity: 'warning' }],
  },
  { text: 'Follow me on medium.com/@anna-writes', findings: [{ match: 'medium.com/@anna-writes', severity: 'violation' }] },
  // The link offered as where the contact is ("meu contato"), its booking form, or a form to fill there (Urdu and Hindi).
  { text: 'Showreel: vimeo.com/example-anaclara — meu contato está na aba about, me chama direto por lá.', findings: [{ match: 'vimeo.com/example-anaclara', severity: 'violation' }] },
  { text: 'Demos at ruthvoice.example.co.uk, the booking form there is the fastest way to get a reply.', findings: [{ match: 'ruthvoice.example.co.uk', severity: 'violation' }] },
  { text: 'Portfolio aur pricing humari website pe hai, zaynseo.example — wahan form fill kar dein.', findings: [{ match: 'zaynseo.example', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 15: a page's contact button offered as the way in. */
valid.push('Your site acmeplumbing.com needs a contact button.');
invalid.push(
  { text: "Hit the 'contact developer' button if you want to talk scope: kaelthedev.itch.io", findings: [{ match: 'kaelthedev.itch.io', severity: 'violation' }] },
  { text: "Click the 'contact me' button on my page: jo-art.carrd.co", findings: [{ match: 'jo-art.carrd.co', severity: 'violation' }] },
);
/** Batch 16: a booking or form service named as a product in a feature plan, not anyone's page. */
valid.push(
  'Put a Cal.com (or similar) link next to the signup button.',
  'We could embed a Calendly.com widget on the pricing page.',
  'Typeform.com or Tally.so would both work for the survey.',
);
invalid.push(
  { text: 'Pick a time here: cal.com/dana-ops/intro', findings: [{ match: 'cal.com/dana-ops/intro', severity: 'violation' }] },
  { text: 'Book me at https://calendly.com', findings: [{ match: 'https://calendly.com', severity: 'violation' }] },
);

/** Batches 19-20 (precision): a portfolio page said to hold no contact details stays a portfolio (a warning). */
invalid.push(
  {
    text: 'Portfolio with case studies (no contact info there, just the work): dribbble.com/pixelmill-example',
    findings: [{ match: 'dribbble.com/pixelmill-example', severity: 'warning' }],
  },
  { text: 'Portfolio (contact details on the last page): dribbble.com/pixelmill-example', findings: [{ match: 'dribbble.com/pixelmill-example', severity: 'violation' }] },
  { text: 'My portfolio and contact info: behance.net/pixelmill-example', findings: [{ match: 'behance.net/pixelmill-example', severity: 'violation' }] },
);
/** Batches 19-20: a site offered to book a call or chat, a link alone under the sentence that offers it, a site on a TLD that is also a file extension. */
invalid.push(
  {
    text: 'For your redesign I put case studies and a way to schedule a quick chat with me on my personal site, elenamarsh-studio.com.',
    findings: [{ match: 'elenamarsh-studio.com', severity: 'violation' }],
  },
  { text: 'You can find our details on our website.\nhttps://zatcaflow-example.com', findings: [{ match: 'https://zatcaflow-example.com', severity: 'violation' }] },
  {
    text: 'My reports are on my company site, wojcik-sec-example.pl, where you can also request a call with me.',
    findings: [{ match: 'wojcik-sec-example.pl', severity: 'violation' }],
  },
);
valid.push(
  'You can find more details about the bug here.\nhttps://github-example.com/acme/issues',
  'Our website needs a redesign.\nhttps://acme-shop.com',
  'Run deploy.pl on the server after the build.',
);

/** Batches 38-41 (precision): a page said to hold no contact details, in other languages ("kein Kontaktformular", "sin datos de contacto"). */
valid.push(
  'Frage: Link zu Ihrem Portfolio?\nAntwort: Fallstudien (nur Projekte, kein Kontaktformular): lenak-ux.design/faelle',
  'Portafolio (solo proyectos, sin datos de contacto): anaruiz.design/casos',
);
invalid.push(
  { text: 'Schreib mir über mein Kontaktformular: lenak-ux.design/kontakt', findings: [{ match: 'lenak-ux.design/kontakt', severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'linkedin dot com/in/janedoe',
    expected: [{ match: 'linkedin dot com/in/janedoe', severity: 'violation' }],
    actual: 'no finding: a spelled-out " dot " (without brackets) is not read as "." in links',
  },
];

runRuleTests('contact-link', withFixedGaps({ valid, invalid }, fixedGaps));
