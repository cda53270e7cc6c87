"""Freelancer voice: Kaloyan, a Salesforce developer and admin in Sofia (CPQ, Service
Cloud, Flow). Terse technical English, record counts and error messages; Bulgarian to
Bulgarian clients. Viber and Revolut are his everyday tools."""
from common import v, c, a

SLUG = "b59-sofia-salesforce"
P = "proposal"

CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en",
      "Hi, Salesforce-certified developer and admin here (Platform Developer I/II, CPQ Specialist), 8 years, "
      "based in Sofia. I read the job: you're moving from spreadsheets to Salesforce CPQ for a manufacturing "
      "catalogue of around 3,000 SKUs with configurable bundles and volume discounts by region. I've done "
      "four CPQ implementations of similar size; the last one was for an industrial pump maker in Austria "
      "with price rules per distributor tier. How I'd structure it: 1) discovery workshop (2 sessions) to map "
      "your current pricing logic, including the exceptions everyone keeps in their head; 2) product and "
      "bundle model, price books, discount schedules; 3) quote templates in your branding with conditional "
      "terms; 4) approvals for discounts over 15%; 5) UAT with your sales team and a short training. Faster "
      "to align on the details over Skype: kaloyan.sf.dev (online 9-19 EET), then I can send a precise "
      "estimate. Rough estimate based on the post: 120-160 hours at $55/h. I'd also recommend a sandbox "
      "refresh before we start, your post mentions it's two years old. Questions: do you need "
      "multi-currency, and is there an ERP integration in scope?", surface=P),
    v("contact-sharing", "bg", "Пишете ми на kaloyan.sfdc@gmail.com, там ще ви пратя офертата като PDF."),
    v("contact-request", "en", "Your email pls, for the SOW."),
    v("contact-request", "bg", "Имате ли Viber? Много по-бързо ще обсъдим интеграцията по телефона."),
    v("off-platform", "en",
      "Let's move the discovery call off Upwork, I'll send you a Teams invite as soon as you confirm a time."),
    v("payment", "bg",
      "Ако искате, мога да ви фактурирам директно през фирмата ми и да платите по банков път, без "
      "комисионната на Upwork."),
    v("payment", "en",
      "Contract's almost done. For the post-go-live support retainer, let's do it via Revolut monthly, "
      "cleaner for both of us than hourly here.", contract="active"),
    v("feedback", "en",
      "Data migration is finished and validated, 48,210 records. I'll run the final cut-over tonight once "
      "the 5-star feedback is in. Thanks for understanding.", contract="active"),
    v("feedback", "bg",
      "Ако ми дадете 5 звезди, и аз ще ви дам 5. Иначе ще видим какво ще напиша аз.", contract="active"),
    v("feedback", "en",
      "I have a small Apex fix posted from my client account. Take it, I'll leave you 5 stars, and you hire "
      "me for a tiny 'consultation' in return - deal?"),
    v("account-sharing", "en",
      "I lead a 3-person team; my two juniors log in to my Upwork profile to track time on hourly contracts, "
      "so you'll see one name but three people working.", surface=P),
    v("account-sharing", "bg",
      "Мога да ви продам и втория си акаунт, с 35 завършени проекта и 100% JSS. Интересува ли ви за вашия човек?"),
    v("account-sharing", "en",
      "If it's easier, give me your Upwork credentials and I'll post the second job and shortlist admins "
      "for you. I do that for a couple of other clients."),
    v("harassment", "en",
      "With respect, your in-house admin clearly doesn't get it - typical for girls who collected Trailhead "
      "badges over a weekend."),
    v("harassment", "bg",
      "Ако не освободите плащането до петък, ще изтрия всичко, което съм настроил в org-а ви, и ще видим "
      "кой губи повече.", contract="active"),
    v("harassment", "en", "Your 'architect' is a cl0wn and a f***ing liar.", contract="active"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "The validation rule fails on 'ivan+test@example.com' because of the plus sign. Fix: "
      "REGEX(Email, '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}$'). Phone test data uses +359 2 555 0000."),
    c("contact-sharing", "bg",
      "В тестовите данни съм сложил имейли от типа test.user1@example.com, за да не тръгват писма към "
      "реални клиенти."),
    c("contact-request", "en",
      "Can you send the org ID (starts with 00D) and the sandbox name? No credentials, just the IDs."),
    c("off-platform", "en",
      "Hello, I can help with the Service Cloud messaging setup. You want customers who write to your "
      "WhatsApp Business number to land in Salesforce as cases, with agents answering from the console, plus "
      "Slack alerts for VIP accounts and Outlook email sync for the account managers. I've built exactly "
      "this twice: once with Salesforce's native messaging plus the WhatsApp channel, once through Twilio "
      "Flex for a client who already had Twilio contracts. The native route is simpler to maintain; Twilio "
      "is cheaper at very high volume. I'd start by checking your edition and licenses, because the WhatsApp "
      "channel needs the Digital Engagement add-on. Then: channel setup and routing with Omni-Channel, case "
      "auto-creation with entitlement timers, a Slack app for VIP escalations, and Einstein Activity Capture "
      "for Outlook. I'll document every setting and record short screen videos for your admin. No customer "
      "data leaves Salesforce except what Meta requires for message delivery. Estimate: 60-80 hours. All "
      "communication can stay on Upwork until we agree the scope.", surface=P),
    c("payment", "en",
      "Your Stripe-to-Salesforce sync fails because the webhook signing secret was rotated. Payments "
      "themselves are fine; only the Opportunity update breaks."),
    c("payment", "bg", "Благодаря, бонусът пристигна през Upwork."),
    c("feedback", "en",
      "Re the in-app 'rate us' prompt: trigger it only after the third successful quote, never right after an "
      "error. Annoyed users leave 1 star."),
    c("feedback", "bg", "Няма да ви моля за конкретна оценка. Напишете каквото смятате за честно."),
    c("account-sharing", "en",
      "Please don't send your System Administrator password. Create a user for me with a custom profile; I "
      "only need Setup and the sandbox."),
    c("account-sharing", "bg",
      "Ако искате да ви помагам с наемането, добавете ме като член на екипа ви в Upwork. Не ми давайте паролата си."),
    c("harassment", "en",
      "The previous org setup is a mess: 41 active Process Builders on Opportunity, duplicate triggers, test "
      "coverage at 38%. Not blaming anyone, but it needs a rebuild before we add CPQ."),
    c("harassment", "bg", "Ще убия стария batch job и ще го пусна наново довечера."),
    c("harassment", "en", "Kill switch added to the trigger."),
    c("feedback", "bg",
      "Клиент ми предложи бонус от 100 долара, ако му напиша добър отзив. Отказах, отзивът ми ще е честен."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "My GitHub handle is kaloyan-sf - add me to the sfdx repo and I'll open a PR for the trigger refactor."),
    a("contact-sharing", "bg",
      "Вече имаме договор, ето мобилния ми: +359 88 555 0147. Обадете се, ако deploy-ът забие.",
      contract="active"),
    a("off-platform", "en",
      "Now that the contract is active, let's do the UAT walkthrough on Teams, Thursday 14:00 CET. Link to "
      "follow here.", contract="active"),
    a("contact-sharing", "en",
      "Your procurement portal needs a supplier contact before the Enterprise SOW is signed: "
      "kaloyan.sfdc@gmail.com, +359 88 555 0147. Feel free to forward it.", client="enterprise"),
    a("contact-sharing", "bg",
      "Имейлът за поканата в Jira е kaloyan.sfdc@gmail.com, само за достъп до борда със задачите."),
    a("contact-sharing", "en",
      "Case studies of my own work (anonymised): kaloyan-sf.example.com/projects. Happy to discuss them here.",
      surface=P),
]
