# (source_id, url, title, what) and cases
S = []
C = []
def src(i,u,t,w): S.append((i,u,t,w))
def c(text, expect, cat, surf, s, lang='en', **ctx): C.append(dict(text=text, expect=expect, category=cat, surface=surf, lang=lang, source=s, context=ctx))

src('r45-uw-help-know','https://support.upwork.com/hc/en-us/articles/360052511833-Get-to-know-each-other-before-a-contract','Upwork Help: Get to know each other before a contract','help-page sentences on talking before a contract')
c("Did someone ask to talk outside Upwork before starting a contract? Getting paid outside Upwork violates our Terms of Service and can result in permanent loss of your account if you participate. You can keep your account safe by reporting this behavior.", 'clean','off-platform','message','r45-uw-help-know')
c("Use Upwork Messages and video calls to communicate safely without sharing personal contact information. If anyone asks you to communicate or handle payments outside Upwork, report it immediately.", 'clean','contact-request','message','r45-uw-help-know')

src('r45-fu-paypal','https://blog.freelancersunion.org/2024/10/15/paypal-scams-and-how-to-dodge-them','Freelancers Union blog: PayPal scams and how to dodge them','advice sentences')
c("You might receive an urgent email claiming there's an issue with your PayPal account, a text message asking you to verify your information, or even a fake invoice for something you never ordered. If unsure, go directly to the PayPal website by typing the URL into your browser rather than clicking on links in emails or messages.", 'clean','payment','message','r45-fu-paypal')

src('r45-scamdet','https://www.scam-detector.com/payment-off-platform-scams-why-freelancers-must-avoid-accepting-an-offer-to-be-paid-off-platform/','Scam Detector: Payment off platform scams','description of the scam pattern')
c("Payment off platform scams target freelancers eager to create their own network of clients or tempted by potentially higher rates by circumventing a platform's fees.", 'clean','payment','message','r45-scamdet')
c("A client will post a job listing, often with an appealing, high-figure rate. The freelancer gets in touch, and the \"client\" asks for a piece of test work.", 'clean','payment','message','r45-scamdet')

src('r45-termslaw-hostage','https://terms.law/2025/03/12/bad-review-unpaid-invoice-using-a-demand-letter-when-an-upwork-client-holds-you-hostage','terms.law: Bad Review + Unpaid Invoice (client holds you hostage)','quoted client threats')
c("If you don't refund [or discount] I'll leave a bad review and destroy your profile.", 'violation','feedback','message','r45-termslaw-hostage', role='client', contract='active')
c("I really hope we can agree on a refund so I don't have to reflect this experience in my review.", 'violation','feedback','message','r45-termslaw-hostage', role='client', contract='active')
c("You completed the project. You sent the files. The client is dragging their feet on payment.", 'clean','payment','message','r45-termslaw-hostage')

src('r45-uw-samenat','https://community.upwork.com/t5/Freelancers/Client-of-same-nationality-threaten-me-with-tribunal-and-police/td-p/1193541','Upwork Community: Client of same nationality threaten me with tribunal and police report','freelancer account of a dispute')
c("I accepted the contract, worked and submitted the first milestone before the deadline, using Upwork's \"Submit for payment\" button. On the next day, the client suddenly ended the contract, accusing me of using machine translation and requesting a full refund.", 'clean','harassment','message','r45-uw-samenat')

src('r45-wellspring','https://awellspringofthought.com/2024/04/08/dont-cash-that-check','A Wellspring of Thought: Don\'t Cash That Check!','fake-recruiter text and red-flag narrative')
c("Hello!, I'm Dana from Aol Jobs USA. Are you interested in a remote position/flexible role? Can I share some brief details with you?", 'clean','off-platform','message','r45-wellspring', role='client')
c("They explained that I would be receiving a check in the mail to cover the cost of office equipment, like a desk, laptop, etc. So, they needed my address for where to send the check which they said I should deposit into my bank account.", 'clean','payment','message','r45-wellspring')

src('r45-militaryhire','https://www.militaryhire.com/blog/vets/entry/work-from-home-scam-with','MilitaryHire blog: How to Identify Internet Job Scams','advice sentences')
c("The job scammer tells you to deposit the check in your bank account. Then to transfer the money to an approved vendor. What you don't realize is that your bank will let you withdraw the money from the job scammers check before the check has really cleared.", 'clean','payment','message','r45-militaryhire')
c("The first clue that something is not quite right is an odd email address used for the hiring manager. A gmail address is fairly unusual for a company email address, although not unheard of. Always check the domain of the email address and see if it matches the company.", 'clean','contact-sharing','message','r45-militaryhire')

src('r45-whnt-bbb','https://whnt.com/taking-action/bbb-consumer-alerts/new-twist-on-old-scam-con-artists-send-job-offers-via-text-messages/','WHNT / BBB: Con artists send job offers via text messages','scam description')
c("Before long, you are contacted via text message by someone claiming to have seen your resume. They ask you to contact them for an interview via Google Hangouts or another video chat service.", 'clean','off-platform','message','r45-whnt-bbb')
c("Or they require your banking information under the guise of setting up direct deposit. They also may send you surplus funds in a bad check, ask you to deposit it and wire some funds back to the company.", 'clean','payment','message','r45-whnt-bbb')

src('r45-gh-videobot','https://github.com/Doctorstra/Video-Editor-Bot-V22/issues/5','GitHub issue: Seeking Advice on Telegram Editor App','issue text asking for a contact method')
c("I'm currently working on building an editor application for Telegram and came across your repository — great work! I'd really appreciate the opportunity to get some advice from you to help me develop my app more efficiently. If you're open to it, could you please share a contact method (like your email) where I can reach out?", 'violation','contact-request','message','r45-gh-videobot', role='client')

src('r45-flph-faq','https://www.freelancer.ph/faq/topic.php?id=2','Freelancer.ph FAQ: Milestone Payments','FAQ answers')
c("Can I receive payments outside of Freelancer? It is highly advisable to transact using Freelancer's Milestone Payment System.", 'clean','payment','message','r45-flph-faq')
c("We also recommend Freelancers to ask for the Milestone Payment first before doing any work. Feedback is also available only if the Freelancer is paid in full using the Milestone Payment system.", 'clean','feedback','message','r45-flph-faq')

src('r45-pph-trust','https://www.peopleperhour.com/static/trust-and-safety','PeoplePerHour: Trust & Safety','policy sentences')
c("Paying outside of PPH leaves you unprotected. Use the WorkStream for all your communications and payments so that if the work starts going wrong there is a clear trail of evidence.", 'clean','payment','message','r45-pph-trust')

src('r45-pph-guide','https://www.peopleperhour.com/discover/guides/how-to-use-peopleperhour-safely-a-complete-guide-for-buyers-and-freelancers','PeoplePerHour guide: How to Use PeoplePerHour Safely','guide sentences')
c("Look at feedback and reviews to understand their track record and how they've performed on previous projects. Many freelancers link verified social profiles such as LinkedIn or Facebook, which adds another layer of trust.", 'clean','feedback','message','r45-pph-guide', role='client')

src('r45-procfl','https://forum.procurementfreelancers.com/t/scam-warning-signals-you-should-avoid/49','ProcurementFreelancers forum: Scam Warning Signals You Should Avoid','warning text (obfuscated app names as published)')
c("Your client is asking you to contact them via Whats App, em@il or other messaging tools. Whatsap, Skyppe and em@il are common offsiting tools used by scammers. If a client asks you for any of these or if they send you their contact details, report them immediately to us.", 'clean','contact-request','message','r45-procfl')
c("Your client is requiring you to pay them before you are awarded the project. As a freelancer, you are not necessary to pay clients in order to be awarded projects.", 'clean','payment','message','r45-procfl')

src('r45-glarity','https://askai.glarity.app/search/What-is-Upwork-s-feedback-policy-regarding-interviews-for-employees','Glarity answer: Upwork feedback policy regarding interviews','summary answer')
c("Freelancers should leave honest feedback at the end of a contract and avoid manipulation based on client actions. Feedback is only possible after completing work under a contract.", 'clean','feedback','message','r45-glarity')

src('r45-uw-stage-jobposts','https://stage-support.upwork.com/hc/en-us/articles/14379687074066--Job-Posts-and-Freelancers','Upwork (staging) Help: Job Posts and Freelancers FAQ','FAQ answers')
c("Why can't freelancers contact clients via Upwork Messages before submitting a proposal to ask for more information about the job? To prevent clients from potentially receiving an overwhelming number of messages from interested freelancers, we have blocked the ability for freelancers to \"cold\" contact clients.", 'clean','contact-request','message','r45-uw-stage-jobposts')
c("Important: You cannot get paid until the client successfully verifies their billing method. It is up to you to decide if beginning work before then is worth the risk.", 'clean','payment','message','r45-uw-stage-jobposts')

src('r45-uw-help-prof','https://support.upwork.com/hc/en-us/articles/17989871009939--How-to-communicate-professionally-on-Upwork','Upwork Help: How to communicate professionally on Upwork','help sentences')
c("There's nothing professional about abusive, threatening, or harassing behavior, and we take it very seriously. If things with your client or freelancer take an unpleasant turn, let our team know.", 'clean','harassment','message','r45-uw-help-prof')
c("Projects aren't always predictable, and anything from timelines to scope can change. When that happens, discuss it so you can agree how to move forward.", 'clean','off-platform','message','r45-uw-help-prof')

src('r45-medium-munford','https://medium.com/swlh/i-dont-like-using-upwork-3382549bb347','Medium (Rachel Munford): I don\'t like using Upwork','freelancer narrative')
c("Despite using Upwork's online resources on how to write a great proposal, I was not overwhelmed with jobs. How was I supposed to get work without experience on the site and reviews to prove that I could do the job?", 'clean','feedback','message','r45-medium-munford')

src('r45-malt-how','https://help.malt.com/l/en/article/zde1utnwx3-how-does-this-work','Malt Help: How does this work?','client help steps')
c("You provision the amount of the mission upstream (either by transfer or by credit card). Malt keeps the amount paid until the end of the mission. By validating the end of the mission, the funds are released, and the freelance is paid within 48 hours.", 'clean','payment','message','r45-malt-how', role='client')

src('r45-malt-escrow','https://help.malt.com/kb/guide/en/whats-an-escrow-account-ojkyy5vr4P/Steps/68678','Malt Help: What\'s an escrow account?','help sentences')
c("With the MangoPay payment platform, it is possible to block the payment amount on an account (which belongs neither to the client, nor to Malt) for the duration of the mission. The funds are released and transferred to your bank account when both you and the client confirm that the mission has ended.", 'clean','payment','message','r45-malt-escrow')

src('r45-charlesedward','https://charles-edward.fr/conseils-malt-est-ce-vraiment-une-plateforme-pour-freelance/','charles-edward.fr: Conseils Malt','French blog sentences')
c("On peut ensuite contacter le ou les freelances qui nous conviennent, demander des devis puis accepter celui qui correspond le mieux à nos attentes et notre budget.", 'clean','contact-request','message','r45-charlesedward', lang='fr', role='client')

src('r45-99d-noncirc','https://support.99designs.com/hc/en-us/articles/360022405192-Non-Circumvention-Policy','99designs: Non-Circumvention Policy','policy sentences')
c("If a client asks you to take work or payment off of 99designs, they may not know that they are violating our site policy. We recommend that you suggest a 1-to-1 Project and refer them to this help page.", 'clean','payment','message','r45-99d-noncirc')
c("By taking work off-site with a client, you waive all of the protections that 99designs provides—including secure payment and client mediation.", 'clean','off-platform','message','r45-99d-noncirc')

src('r45-99d-clientguide','https://support.99designs.com/hc/en-us/articles/204109179-Client-Guidelines','99designs: Client Guidelines','guideline sentences')
c("Provide regular feedback: Feedback is the key to getting a great result! You don't have to comment on every design, but remember: designers won't know how you feel unless you tell them.", 'clean','feedback','message','r45-99d-clientguide', role='client')
c("If you want, you can work with the winning designer from your first contest directly for additional design tasks in a 1-1 Project, or simply start more contests for the extra work.", 'clean','off-platform','message','r45-99d-clientguide', role='client')

src('r45-99d-code','https://support.99designs.com/hc/en-us/articles/204109559-Designer-Code-of-Conduct','99designs: Designer Code of Conduct','code of conduct sentences')
c("We know how tough it can be to chase down invoices. We secure payments from clients upfront and allow payments to be released as work is completed. Invoicing through 99designs is easy and ensures you're paid for all the work you complete.", 'clean','payment','message','r45-99d-code')

src('r45-99d-pt','https://support.99designs.com/hc/pt/articles/360022456831-Com-quem-posso-trabalhar-nos-Projetos-1-para-1','99designs (pt): Com quem posso trabalhar nos Projetos 1-para-1?','Portuguese help sentences')
c("Como um designer, você pode trabalhar no Projeto 1-para-1 com qualquer cliente da 99designs, contanto que haja comunicação e aceitação de ambos os lados.", 'clean','off-platform','message','r45-99d-pt', lang='pt')

src('r45-logotourn','https://logotournament.com/help/client/99','LogoTournament Help: Can Outside Designers Be Invited to a Contest?','help sentences')
c("If Designers and Clients are found to be colluding to unfairly circumvent site policies, such accounts may be disabled without notice.", 'clean','account-sharing','message','r45-logotourn')

src('r45-edityourscribbles','https://edityourscribbles.com/2017/02/03/managing-the-fees-trap/','Edit Your Scribbles: Managing the Fees Trap','freelance editor on platform fees')
c("Upwork's new system means that contractors/freelancers are penalized for getting new clients at the beginning of the relationship. The contractor takes a 20% hit before the client has billed $500, then the percentage moves down to 10%.", 'clean','payment','message','r45-edityourscribbles')

src('r45-uw-biggap','https://community.upwork.com/t5/Freelancers/The-big-gap-in-the-Upwork-protection-system/td-p/797688/page/2','Upwork Community: The big gap in the Upwork protection system','freelancer dispute account')
c("Yes, after declaring himself satisfied with the product quality, he immediately changed his mind saying that the video is in fact, not good at all. He went from, perfect my friend to, no, the video does not meet our requirements in an instant after I uploaded the final version.", 'clean','harassment','message','r45-uw-biggap')

src('r45-granger','https://granger.substack.com/p/scam-alert-dont-be-a-sucker-like','Granger (Substack): Scam alert, don\'t be a sucker like me','scam-victim narrative')
c("Before I go on, I want to be clear that Upwork is a legitimate site to find work. I was selected for a few writing projects a few years ago, and everything went very well. I was promptly paid and even received very positive reviews for my work.", 'clean','feedback','message','r45-granger')

src('r45-uw-stage-hireself','https://stage-support.upwork.com/hc/en-us/articles/14380403206546--Removing-Ability-to-Hire-Yourself','Upwork (staging) Help: Removing Ability to Hire Yourself','FAQ answers')
c("I work for a company that has an Upwork account that I am a member of. Can the company hire me as a freelancer as well? Yes, that is up to you and the company. As long as you have a separate freelancer profile with a unique username you can contract with a client with a different username than you.", 'clean','account-sharing','message','r45-uw-stage-hireself')

src('r45-gh-musac','https://github.com/musacbusiness/upwork-proposal-gen/blob/HEAD/templates/proposal_template.md','GitHub musacbusiness/upwork-proposal-gen: templates/proposal_template.md','proposal template text')
c("Thank you for posting this opportunity. I'm very interested in helping with your automation project.\n\nFor this project, I propose:\n1. Requirements Analysis - Deep dive into your specific needs and constraints\n2. Solution Design - Create a detailed plan tailored to your budget and timeline\n3. Implementation - Build and test the solution with your feedback\n4. Deployment & Training - Get everything running smoothly with any documentation needed\n\nI'd love to discuss your specific needs and timeline. Looking forward to working with you.", 'clean','off-platform','proposal','r45-gh-musac')

src('r45-gh-tocsnostrap','https://github.com/tocsnostrap/Openclaw-memory-/blob/HEAD/upwork/PROPOSALS.md','GitHub tocsnostrap/Openclaw-memory-: upwork/PROPOSALS.md','proposal templates')
c("I build production trading bots — not prototypes, not tutorials. Real systems that handle real money. I've built autonomous trading systems for crypto spot/futures, prediction markets (Polymarket), and cross-exchange arbitrage. Happy to show you a demo.\n\nCan start immediately. Let's chat?\n\nScot", 'clean','payment','proposal','r45-gh-tocsnostrap')
c("I can handle this. Quick questions:\n- Which site are we pulling from, and does it need a login?\n- How often should the data refresh?\n\nI'll build a reliable scraper with error handling, rate limiting, and clean output in whatever format you need (CSV, JSON, database, API).\n\nTypical turnaround: 2-5 days depending on complexity.", 'clean','account-sharing','proposal','r45-gh-tocsnostrap')

src('r45-gh-v9ibhav','https://github.com/v9ibhav/chrome-extension/blob/HEAD/templates/basic-proposal.md','GitHub v9ibhav/chrome-extension: templates/basic-proposal.md','proposal template')
c("Thank you for posting this project on Upwork. I've carefully reviewed your requirements and I'm excited about the opportunity to work with you.\n\nWhy Choose Me\n- Proven track record with similar projects\n- Clear communication throughout the project\n- On-time delivery guarantee\n- Post-project support included\n\nI'd love to discuss your project in more detail. Please feel free to message me with any questions.", 'clean','contact-request','proposal','r45-gh-v9ibhav')

src('r45-proz-fraud','https://prozcomblog.com/2011/01/28/protecting-yourself-from-fraud-a-recent-example/','ProZ.com blog: Protecting yourself from fraud, a recent example','blog sentences')
c("The causes of the suspicion included a free webmail address, a resistance to provide full contact details, and in one case \"awarding\" the job and emitting a PO only to then cancel not long afterward.", 'clean','contact-sharing','message','r45-proz-fraud')

src('r45-hungtrans','https://www.hungariantranslator.net/blog/how-to-identify-translation-scammers','Hungarian translator blog: How to identify translation scammers','scam scheme description')
c("The translator sends to translated documents to the scammer, who sends it to his client and the scammer gets paid. Following what is agreed for the job, the translator makes out his invoice and waits for his money. After the expiration of the payment deadline the translators keeps sending payment reminders to the scammer.", 'clean','payment','message','r45-hungtrans')

src('r45-proz-article3613','https://search.proz.com/translation-articles/articles/3613','ProZ.com article: Scammers who steal translations','article sentences')
c("They offer you work. They take your translation. They disappear.", 'clean','payment','message','r45-proz-article3613')

src('r45-trustlations','https://www.trustlations.com/a-form-of-fraud-how-paypal-twitter-helped-save-the-day-how-we-conned-the-scammer/','Trustlations: A form of fraud (PayPal)','agency account')
c("As soon as we submitted payment, via PayPal, we discovered that the vendor's PayPal account had a different e-mail address from the one provided as the PayPal e-mail account address and even from the e-mail address used to contact us in the first place.", 'clean','payment','message','r45-trustlations', role='client')

src('r45-airtasker-taskers','https://support.airtasker.com/hc/en-au/articles/224861347-Payment-Community-Guidelines-for-Taskers-','Airtasker: Payment Community Guidelines (for Taskers)','quoted example offer')
c("Difficult to estimate how long this task will take, so I prefer to charge by hourly rates. My offer is for 5 hours at 20 per hour, but we can finalise the price upon task completion based on how long it takes.", 'clean','payment','proposal','r45-airtasker-taskers')
c("Posters can reimburse the aforementioned costs in cash upon seeing the receipt. Partial quotes mentioning further negotiation of prices off the platform are also not supported.", 'clean','payment','message','r45-airtasker-taskers')

src('r45-airtasker-cash','https://support1.airtasker.com/hc/en-gb/articles/360025185012-I-m-doing-tasks-but-something-doesn-t-seem-right-What-should-I-do','Airtasker: I\'m doing tasks but something doesn\'t seem right','help sentences')
c("A customer may sometimes request to cancel the task so they can pay in cash instead. This could be for any number of reasons, but research indicates it could relate to fraudulent activity.", 'clean','payment','message','r45-airtasker-cash')

src('r45-airtasker-poster','https://support.airtasker.com/hc/en-gb/articles/360025478451-I-posted-a-task-but-something-doesn-t-seem-right-What-should-I-do-','Airtasker: I posted a task but something doesn\'t seem right','help sentences')
c("Some Taskers may tell you that they can offer you a better price for cash if you cancel the task. A Tasker may say this is to get around the variable service fee that Airtasker charges.", 'clean','payment','message','r45-airtasker-poster', role='client')

src('r45-airtasker-safety','https://support1.airtasker.com/hc/en-au/articles/202402924-What-are-some-safety-tips-I-should-follow-after-posting-a-task','Airtasker: Safety tips after posting a task','help sentences')
c("For your safety and security, please refrain from posting your full name, address, email, social media accounts or phone number in the task description or in any comments. You can have private conversations via the Airtasker private messaging feature after you have assigned a Tasker.", 'clean','contact-sharing','message','r45-airtasker-safety', role='client')

src('r45-airtasker-release','https://support.airtasker.com/hc/en-au/articles/360021367692-When-should-I-release-payment','Airtasker: When should I release payment?','help sentences')
c("Only pay the Tasker once you're satisfied with the completed task, as early payments cannot be reversed. Although the Tasker may ask for upfront expenses, we advise against paying until you're happy with the final result.", 'clean','payment','message','r45-airtasker-release', role='client')

src('r45-gh-ragemp','https://github.com/vatto1337/ragemp-roleplay-gamemode/issues/5','GitHub issue: Contact you (vatto1337/ragemp-roleplay-gamemode)','issue text; handle replaced')
c("Hello Sir.\nCan you add me on Discord (@Darko_demo1881) for talk about your project and skills?", 'violation','contact-sharing','message','r45-gh-ragemp', role='client')

src('r45-gh-dainsleif','https://github.com/vxcall/Dainsleif/issues/19','GitHub issue: Write me pls your telegram or discord','issue title and text')
c("Write me pls your telegram or discord. I would like to cooperate with you, if possible, write me how to contact you.", 'violation','contact-request','message','r45-gh-dainsleif', role='client')
c("I am very interested in your project and can we have a conversation so that you become the knee of a new project? I'll be home soon and add you.", 'clean','off-platform','message','r45-gh-dainsleif', role='client')

src('r45-gh-glowing','https://github.com/codewithsadee/glowing/issues/1','GitHub issue: Sell me the project','issue text; handle replaced')
c("Sell me the project\ncontact me via discord : okay_demo#0420", 'violation','contact-sharing','message','r45-gh-glowing', role='client')

src('r45-gh-shotty','https://github.com/n4ze3m/shotty-fun/issues/1','GitHub issue: Discord Contact','issue text')
c("Hello, I'd like to ask if there's somehow a way to contact you through discord to work on the project?", 'violation','off-platform','message','r45-gh-shotty', role='client')

src('r45-gh-geeked','https://github.com/xKiian/GeekedTest/issues/115','GitHub issue: Contacting you (xKiian/GeekedTest)','issue and reply; handle replaced')
c("Hello, do you have a discord or telegram for contact? i'm interested in your services", 'violation','contact-request','message','r45-gh-geeked', role='client')
c("Yes add me on discord: \".demo_kian\" note that my name starts with a dot", 'violation','contact-sharing','message','r45-gh-geeked')

src('r45-gh-eks','https://github.com/itninja-hue/aws-production-eks/issues/2','GitHub issue: paid job (itninja-hue/aws-production-eks)','issue thread; email replaced')
c("hello, please let me know if you're available for some paid work on devops.\n\nthank you", 'clean','contact-request','message','r45-gh-eks', role='client')
c("Hello, thank you for reaching out, yes. You can if you prefer email me more details, or suggest any other alternatives.", 'violation','off-platform','message','r45-gh-eks')
c("Hello, can you please email me at ops.desk@example.com. This is a temporary email as this is a public platform. Once you email me ill send you another email", 'violation','contact-sharing','message','r45-gh-eks', role='client')

src('r45-gh-cve-kinji','https://github.com/ynwarcs/CVE-2025-21298/issues/1','GitHub issue: Looking for Opportunity (account-sharing pitch)','issue text')
c("I'm Kinji from Japan, working as a full-stack developer. I viewed your GitHub profile; that's perfect! While working on several freelancing jobs, I have some difficulties. If you're not using your freelancing platform accounts at the moment, or if your freelancing income is low, how about sharing with me? I usually earn around $5k per month, and if you let me, I'm happy to offer you 20% of the total earnings. Please let me know what you think with your contact info!", 'violation','account-sharing','message','r45-gh-cve-kinji')

src('r45-gh-zuluru','https://github.com/Zuluru/Zuluru3/issues/54','GitHub issue: PHP Developer (Zuluru/Zuluru3)','issue text; number replaced')
c("Hi, everyone.\nI am PHP developer from Ukrain.\nPlease let me know if anyone need my help.\n\n+380 00 000 7125\nthis is my whatsapp number, please send message when you need.", 'violation','contact-sharing','proposal','r45-gh-zuluru')

src('r45-gh-expensify6872','https://github.com/Expensify/App/issues/6872','GitHub issue: Expensify/App #6872 (bounty payment thread)','comments about splitting a reward and hiring via Upwork')
c("I want to divide the reward for the three of us as I state above. So the reward is divided into three. Here is my upwork profile: https://www.upwork.com/freelancers/~01demo0000000000aa", 'clean','payment','message','r45-gh-expensify6872')
c("Unfortunately, we don't really have a system to facilitate this. If you want to share the fee then that is up to you, but we can only hire one person to complete the job.", 'clean','payment','message','r45-gh-expensify6872', role='client')
c("Cheers, paying now:\n- $250\n- $250\nWill close once done", 'clean','payment','message','r45-gh-expensify6872', role='client', contract='active')

src('r45-gh-brain-pavlo','https://github.com/aliafshar/brain/issues/2','GitHub issue: Would you like to earn some extra incomes (account-lending pitch)','issue text; links and emails replaced')
c("I would like to propose a collaboration that could benefit both of us.\n\nHere's my idea:\nYou handle communication with clients, job acquisition, and project coordination\nI handle the technical work: development, delivery, updates, and ongoing support\nWe share project income fairly based on agreed terms.\nI can share from 30 to 50% of incomes from the job.\nAlso you can lend me your Upwork account.\n\nI respect all platform rules and professional standards, and I want to build a trustworthy working relationship.\n\nhttps://t.me/moonleader_demo\nEmail: digitalcoder.demo@outlook.com", 'violation','account-sharing','message','r45-gh-brain-pavlo')

src('r45-lluca','http://blog.lluca.pl/2008/12/clients-are-stupid/','blog.lluca.pl: Clients Are Stupid','circulated text addressed to clients')
c("It's better if we just clear this up before you hire us. Clients are stupid. All of them. No exceptions. If they weren't stupid, they wouldn't hire us. You're not smart. You're the client. That makes you stupid.", 'violation','harassment','proposal','r45-lluca')

src('r45-ypcomic','http://ypcomic.com/2010/04/12/the-client-is-always-um/','YP comic: The Client Is Always... Um...','quoted design brief')
c("The design should depict an exponential growth curve to show our level of success. But it shouldn't be too exponential or nobody will give us money. So it should have some straight, horizontal lines. Oh, and no purple. My son hates purple.", 'clean','payment','message','r45-ypcomic', role='client')

src('r45-uw-bullying','https://community.upwork.com/t5/Freelancers/The-client-is-harassing-and-bullying-me-online/m-p/570306','Upwork Community: The client is harassing and bullying me online','freelancer report and reply')
c("After I submitted the revised draft, he canceled/terminated the contract and offered me to pay 10 USD in PayPal instead. I did not agree and instead filed a dispute and reported the client to upwork.", 'clean','payment','message','r45-uw-bullying')
c("You are correct: these are empty threats. Block this person. Block him in the Upwork messenger tool and block him in your email tool, and any other way he can communicate with you. Do not respond to him, because that is what he wants.", 'clean','harassment','message','r45-uw-bullying')

src('r45-princesscrystal','https://princesscrystalsays.com/2025/04/13/when-freelance-clients-refuse-to-pay-now-what','Princess Crystal Says: When freelance clients refuse to pay','example reminder messages')
c("Hi Dana, just checking in on the invoice I sent on the 3rd. It was due on the 17th. Please confirm when I can expect payment. Thank you!", 'clean','payment','message','r45-princesscrystal', contract='active')
c("Hi Dana, I still haven't received payment for the brochure copy. Please note that if payment isn't received by Friday, I'll have to pursue late fees and further action. Let me know if there's an issue—we can work it out.", 'clean','harassment','message','r45-princesscrystal', contract='active')

src('r45-fiverrworks-05','https://fiverrworksandofferings.blogspot.com/2014/05','Fiverr Works and Offerings blog (May 2014)','blog on leaving negative feedback')
c("Negative feedback is a scary thought for many sellers on Fiverr. But as a buyer you have a right to leave this, right? Well, yes, but I want to ask buyers to really think about using that thumbs down button.", 'clean','feedback','message','r45-fiverrworks-05')

src('r45-fiverrworks-02','https://fiverrworksandofferings.blogspot.com/2014/02','Fiverr Works and Offerings blog (Feb 2014)','advice to buyers')
c("Avoid leaving negative feedback at this time. It's important to discuss your beliefs with the seller and give him the chance to message you back.", 'clean','feedback','message','r45-fiverrworks-02', role='client', contract='active')

src('r45-spillthetea','https://spillthetea.co.ke/2020/03/18/114/','Spill the Tea (Kenya): how scammers approach freelance writers','freelancer narrative')
c("You see a project and you send your bid. Of course, they respond soon and ask you to skype them or send an email starting with certain words of their choice. That's okay when you do, they'll definitely ask you if you can start working right away.", 'clean','off-platform','message','r45-spillthetea')

src('r45-denizatm-de','https://de.denizatm.com/pages/74362-10-red-flags-of-scam-jobs-on-upwork-you-should-be-aware-of','denizatm (de): 10 Warnsignale für Betrugsjobs auf Upwork','German advice sentences')
c("Jeder Job, der Vorauszahlungen außerhalb der Plattform anbietet, verstößt gegen die Nutzungsbedingungen von Upwork, da Betrüger darauf abzielen, Transaktionen außerhalb der Plattform zu initiieren, um einer Entdeckung zu entgehen.", 'clean','payment','message','r45-denizatm-de', lang='de')
c("In der Freiberuflerbranche ist es nicht üblich, vor der Anstellung eine bestimmte Gebühr (im Volksmund „Arbeitsplatzsicherungsgebühr“ genannt) zu zahlen.", 'clean','payment','message','r45-denizatm-de', lang='de')

src('r45-promarta','https://promarta.com/nem-todo-o-trabalho-online-e-uma-fraude/','Promarta (pt): Nem todo o trabalho online é uma fraude','Portuguese narrative')
c("A primeira situação com a qual me deparei foi quando respondi a uma oferta de trabalho através do UpWork em que era explicado que se trabalharia para uma empresa na área dos seguros e que teria de se trabalhar com um programa próprio onde iriamos dar entrada de dados dos segurados.", 'clean','account-sharing','message','r45-promarta', lang='pt')

src('r45-vmcosta','https://vmcosta.net/blog/como-evitar-ser-enganado-enquanto-novo-freelancer','vmcosta.net (pt): Como evitar ser enganado enquanto novo freelancer','Portuguese advice')
c("É importante reconhecer os sinais de alerta ao aceitar novos empregos em plataformas online e redes sociais. Não estar preparado para defender a sua profissão é um erro de palmatória enquanto freelancer.", 'clean','off-platform','message','r45-vmcosta', lang='pt')

src('r45-natpress','https://www.natpress.net/index.php?newsid=19686','NatPress (ru): Мошенничество на бирже фриланса','Russian advice')
c("Если предлагают цену намного выше рынка, и проект открыт для всех – внимательно читайте задание. Часто мошенники таким образом заманивают к себе побольше исполнителей.", 'clean','payment','message','r45-natpress', lang='ru')

src('r45-kripta','https://kripta.biz/posts/A5FE21FE-2C8E-4DDA-A933-B37E24F94077','kripta.biz (ru): Как меня обманули на Upwork','Russian narrative')
c("Я создал свой профиль, добавил свои лучшие образцы работ и начал подавать заявки на различные проекты. Его профиль был заполнен, оценка – высока, отзывы от предыдущих заказчиков были положительными.", 'clean','feedback','message','r45-kripta', lang='ru')

src('r45-uw-help-interview','https://support.upwork.com/hc/en-us/articles/211063288-Interview-and-Negotiate','Upwork Help: Interview and Negotiate','help sentences')
c("Once a freelancer accepts your offer, you can choose to share your contact information and use other tools to manage your project, too.", 'clean','contact-sharing','message','r45-uw-help-interview', role='client')
c("To make it easy for you to conduct interviews, we offer audio and video interview options, including Zoom, right in Upwork Messages.", 'clean','off-platform','message','r45-uw-help-interview', role='client')

src('r45-uw-clients-interview','https://community.upwork.com/t5/Clients/Interview/td-p/121340','Upwork Community (Clients): Interview','client and freelancer posts')
c("When I message a freelancer who has applied to my job posting, does this show up as being an \"interview\"? I may message several freelancers if they have not provided for example, a link to their portfolio.", 'clean','contact-request','message','r45-uw-clients-interview', role='client')

src('r45-gruv-fire','https://gruv.ai/blog/how-to-fire-a-client-professionally','Gruv blog: How to Fire a Freelance Client and End the Contract Professionally','advice sentences')
c("Send one clear written closeout message that states end timing, payment status, and delivery boundaries. If conflict escalates, keep replies brief, clause-based, and traceable through a dated evidence log.", 'clean','harassment','message','r45-gruv-fire', contract='active')

src('r45-phlifeguide','https://www.philippineslifeguide.com/2026/03/the-right-way-to-fire-a-client-as-a-filipino-freelancer.html','Philippines Life Guide: The right way to fire a client','advice sentences')
c("Keep it short, professional, and final. You don't owe a detailed explanation, and a long message invites negotiation you probably don't want to have.", 'clean','harassment','message','r45-phlifeguide')
c("Consistent late or short payments. Scope creep that never gets corrected. Disrespectful communication that doesn't improve after being addressed.", 'clean','harassment','message','r45-phlifeguide')

src('r45-uw-sourcefile','https://community.upwork.com/t5/Freelancers/Can-a-client-end-contract-after-receiving-source-file-of-first/td-p/572909','Upwork Community: Can a client end contract after receiving source file of first milestone','freelancer question and reply')
c("I have a contract with various milestones and my client does not want to approve the first milestone if I don't send the source file. That was not written in the contract and I already showed my work in another way.", 'clean','payment','message','r45-uw-sourcefile', contract='active')
c("You can try reassuring this client through the message room, that you do intend to provide the source files at the end of the job (so you have documentation should a dispute arise.)", 'clean','off-platform','message','r45-uw-sourcefile')

src('r45-gruv-crypto','https://gruv.ai/blog/how-to-get-paid-in-crypto-as-a-freelancer','Gruv blog: How to get paid in crypto as a freelancer','advice sentences')
c("Yes - use written payment terms before work starts: set asset (such as USDC or Bitcoin), network, due date, and the exact event that marks an invoice paid.", 'violation','payment','proposal','r45-gruv-crypto')

src('r45-earnkept','https://earnkept.com/en/guides/getting-paid-in-usdt-what-to-know.html','EarnKept guide: A client wants to pay in USDT','quoted client line and advice')
c("I'll just pay you in USDT, it's fast and saves on fees.", 'violation','payment','message','r45-earnkept', role='client')
c("USDT is a stablecoin pegged to the dollar, designed so that one USDT stays as close as possible to one dollar. Send to the wrong address or wrong chain and the money is basically gone; no support can undo it for you.", 'clean','payment','message','r45-earnkept')

src('r45-walllet','https://walllet.com/articles/paid-usdt-usdc-freelancers-wallet-guide','walllet: Get paid in USDT or USDC as a freelancer','quoted client line')
c("Can I pay you in USDT or USDC?", 'violation','payment','message','r45-walllet', role='client')
c("For a first payment, confirm the token, network, wallet address, amount, and test transaction before the full transfer.", 'violation','payment','message','r45-walllet')

src('r45-usdtpayments','https://usdtpayments.co.uk/?p=227','usdtpayments.co.uk: USDT payments for freelancers','promotional sentences')
c("For location-independent professionals, USDT payments for freelancers deliver the practical advantages of crypto rails—speed, transparency, programmability—without the uncertainty of fluctuating coin prices.", 'clean','payment','message','r45-usdtpayments')

src('r45-gruv-cryptorisk','https://gruv.ai/blog/freelance-crypto-payment-risks','Gruv blog: Freelance crypto payment risks','advice sentence')
c("If those controls are missing, decline and invoice on a more predictable rail.", 'clean','payment','message','r45-gruv-cryptorisk')

src('r45-ninjastic','https://beta.ninjastic.space/post/30422467','ninjastic.space (Bitcointalk mirror) post 30422467','forum post')
c("I was also a freelancer that always looking for some job online, and there is sometimes hard time to get a client, and got confused on the payment method, but with this project, I think it will give an easier access for the client and the payment method for every freelancers.", 'clean','payment','message','r45-ninjastic')

src('r45-gh-githubfun399','https://github.com/anamartinovici/GitHubFun/issues/399','GitHub issue: Going through the steps and want to be added as a collaborator!','issue and maintainer reply')
c("Hi, my name is Boban, I am currently doing my master's in Finance & Investments. Could you please add me as a collaborator?", 'clean','account-sharing','message','r45-gh-githubfun399', contract='active')
c("I have added you as a collaborator to this repository. You need to accept the invite and then you should be able to push to this repository. If it all works fine, please close this issue.", 'clean','account-sharing','message','r45-gh-githubfun399', role='client', contract='active')

src('r45-gh-githubfun292','https://github.com/anamartinovici/GitHubFun/issues/292','GitHub issue: Request collaborator workshop','issue text with username (replaced)')
c("Hi Ana,\nI'm Meghan. Could you please add me as a collaborator? My GitHub username is meghan-demo-679\nThanks in advance!", 'allowed','contact-sharing','message','r45-gh-githubfun292')

src('r45-wbi-direct','https://websitebuilderinsider.com/what-is-direct-contact-in-upwork','Website Builder Insider: What Is Direct Contact in UpWork?','article sentences')
c("Direct contact is the process of communicating with a client or freelancer without going through UpWork. This can be done through email, phone, or any other form of communication that doesn't involve the UpWork interface.", 'clean','off-platform','message','r45-wbi-direct')

src('r45-uw-res-messaging','https://www.upwork.com/resources/how-to-use-upwork-messaging','Upwork Resources: How To Use Upwork Messaging','article sentences')
c("A new thread of messages, what we call a message room, is created as soon as a connection is made on Upwork—such as an initial inquiry about a service on Project Catalog, a proposal submitted for a job post, or a direct message sent to you by another member of the Upwork community.", 'clean','contact-request','message','r45-uw-res-messaging')
c("You don't need a stack of different apps to collaborate effectively, you just need to learn how to use our platform to get things done.", 'clean','off-platform','message','r45-uw-res-messaging')

src('r45-beingguru','https://www.beingguru.com/upwork-prohibits-sharing-contact-information/','BeingGuru: New Upwork changes, you can not share contact information before a contract','article sentences')
c("Currently, all Upwork users can share contact information and communicate with one another outside Upwork. Professionals can share their phone numbers, and other contact information but that has raised the risk of ripping off freelancers from their hard-earned money.", 'clean','contact-sharing','message','r45-beingguru')
c("The restriction, however – does not apply to awarded contracts. Both professionals and clients can share information (if necessary) or upload large files and give links, Sign NDA, etc.", 'clean','contact-sharing','message','r45-beingguru')

src('r45-kreev','https://kreev.io/freelance-proposal-template/logo-design','Kreev: Freelance logo design proposal template','template advice')
c("A logo design project can involve multiple concepts, revisions, and file formats. A proposal spells all of this out so the client knows upfront what's included and what's not.", 'clean','payment','proposal','r45-kreev')

src('r45-stuartrobinson','https://stuartrobinson.blog/how-to-get-the-contract/','Stuart Robinson blog: How to get the contract','client perspective on hiring a designer')
c("We chose Option C because of their presentation. Option A and B did show us some mockups of how their previous logos were used, but Option C had beautiful mockups.", 'clean','feedback','message','r45-stuartrobinson', role='client')

src('r45-moonink','https://www.moon-ink.com/single-post/2016/04/27/proposal-writing-101','Moon Ink: Proposal Writing 101','designer\'s proposal process')
c("If it is at all possible, I like to schedule a face-to-face meeting with the client before writing a formal proposal. I ask all decision-makers be present so that I can get their input firsthand.", 'violation','off-platform','proposal','r45-moonink')

src('r45-graphicpush','http://graphicpush.com/proposal-writing','graphicpush: Proposal Writing','designer blog')
c("In the past month or so, I have drafted six original proposals, four for new clients. I have won two assignments, been turned down for one, waiting to hear back about two more and the last just kind of fizzled away as the client decided not to proceed.", 'clean','feedback','message','r45-graphicpush')

src('r45-bidcraftr','https://bidcraftr.com/learn/how-to-write-a-proposal-for-a-logo-design','Bidcraftr: Logo Design Proposal Template','proposal advice')
c("Many freelancers present two to three initial concepts to balance exploration with time cost. Define revision rounds as adjustments within the chosen direction, not unlimited redraws. List ownership transfer timing, typically after final payment clears.", 'clean','payment','proposal','r45-bidcraftr')

src('r45-pitchsite','https://pitchsite.io/templates/graphic-design-proposal','PitchSite: Graphic design proposal template','template guidance')
c("Specify included revision rounds per phase, what constitutes a minor vs. major revision, and the rate for revisions beyond the included scope.", 'clean','payment','proposal','r45-pitchsite')

src('r45-proposalbiz','https://proposal.biz/how-to-write-a-logo-design-proposal','proposal.biz: How to write a logo design proposal','article sentences')
c("But if you have ever had a client change direction halfway through, request endless revisions, or expect additional work for free, you already know that having a pre-defined process is the need of the hour.", 'clean','harassment','message','r45-proposalbiz')

src('r45-janeilh','https://janeilh.com/2020/02/announcement-client-policy-update/','Janeil H: Announcement, client policy update','artist\'s client terms')
c("If there is a milestone agreement, demanding the final-end product without paying the subsequent milestones is not acceptable. Stages need to be met, bills have to be paid.", 'clean','payment','message','r45-janeilh', contract='active')
c("I don't appreciate unwarranted communication outside an established channel, especially without expressed permission. If we're chatting over e-mail, don't fish for my personal e-mail to go Skype or call my phone out of the blue.", 'clean','contact-request','message','r45-janeilh')

src('r45-letterbarn','http://letterbarn.blogspot.com/2009/06/letter-informing-freelancer-that-client.html','Letter Barn: Letter informing freelancer that the client is backing out','sample letter')
c("Hello Caleb,\n\nI have some bad news, our client has come back to me with a complete blueprint of his own! However, it does not mean a cancellation of the work for you. Of course, I shall pay you the agreed rate just the same and for the work already rendered. I will send you the new project outline tomorrow morning.\n\nHope you understand", 'clean','payment','message','r45-letterbarn', role='client', contract='active')

src('r45-uw-notsatisfy','https://community.upwork.com/t5/Clients/What-if-im-not-satisfy/td-p/691776','Upwork Community (Clients): What if im not satisfy?','client question and replies')
c("If you're working with them on a fixed-price project, then once they submit the work, you have 14 days to either approve the work, or request revisions. If you don't do anything in those 14 days, they get paid automatically.", 'clean','payment','message','r45-uw-notsatisfy', role='client')
c("Successful businesspeople pay for work they can't use. That is one of the secrets of their success.", 'clean','payment','message','r45-uw-notsatisfy', role='client')

src('r45-abc15','https://abc15.com/news/let-abc15-know/people-are-losing-money-replying-to-phony-job-offer-text-scams','ABC15: People are losing money replying to phony job offer text scams','red-flag list')
c("They push you to another platform: If the text tries to push you off the platform you're currently on. They want to take the conversation to WhatsApp, Telegram or another app.", 'clean','off-platform','message','r45-abc15')

src('r45-marketplace','https://www.marketplace.org/story/2025/09/25/job-scam-texts-have-become-more-frequent-and-more-believable','Marketplace: Job scam texts have become more frequent and more believable','reporter\'s exchange')
c("Hi Shirley, nice to meet you. I would love to hear more about the job!", 'clean','contact-request','message','r45-marketplace')
c("Scammers might ask for banking information so new hires can get paid or a credit card number for work supplies. These are not things real jobs ask for, especially not over text.", 'clean','payment','message','r45-marketplace')

src('r45-wowo','https://wowo.com/job-seekers-targeted-in-new-text-message-recruitment-scam-ftc-warns/','WOWO: Job seekers targeted in new text message recruitment scam','news sentences')
c("Once contact is established, victims are often pressured to continue communication through messaging apps, promised high-paying remote positions, and eventually asked to send money or pay fees to secure employment.", 'clean','off-platform','message','r45-wowo')

src('r45-dailybargains','https://www.dailybargains.com/savings/scams/avoiding-the-work-from-home-job-scam-text-sms-messages-and-whatsapp-a-guide-to-safe-job-searching/','DailyBargains: Unmasking the WhatsApp job scam','scam description')
c("If you express interest, the scammer will direct you to contact their \"supervisor\" exclusively on WhatsApp. This allows them more control over communication and avoids official channels.", 'clean','off-platform','message','r45-dailybargains')

src('r45-boursewatch','https://boursewatch.com/news/12859/want-to-daily-earn-1000-here-are-some-ways-to-spot-a-job-scam/','BourseWatch: Want to daily earn $1000? Ways to spot a job scam','quoted scam opener')
c("Hi, my name is Brianna and I work as a recruiter. We need a group of part-time helpers. You can work from home, set your own hours, and get paid anywhere from $200 to $1,000 per day.", 'clean','payment','message','r45-boursewatch', role='client')

src('r45-flexable','https://flexable.work/?p=2505','Flexable: What is Client Review','glossary sentences')
c("Knowing that their performance will be reviewed motivates freelancers to deliver high-quality work consistently. Similarly, the review process encourages clients to be clear about their expectations.", 'clean','feedback','message','r45-flexable')

src('r45-expaat','https://expaat.co/blog/insights/how-to-write-a-review-on-freelancer','Expaat: How to write a review on a freelancer','advice to clients')
c("A simple \"Good job!\" or \"Great experience\" does not explain why the freelancer was successful or what they did well.", 'clean','feedback','message','r45-expaat', role='client')

src('r45-hireinpk','https://www.hireinpakistan.com/knowledge-base-detail/11','HireInPakistan knowledge base: Reviews and ratings','help text')
c("At the end of each project, task, or gig, you will be prompted to leave a review and rate your freelancer. Be Honest: Provide an accurate assessment of your experience.", 'clean','feedback','message','r45-hireinpk', role='client')

src('r45-winenfood','https://winenfood.com/a-clients-upwork-review-for-hiring-talent','winenfood: A client\'s Upwork review for hiring talent','client narrative')
c("The work was done, the site was live, and then… the platform prompted me to leave a review. I stared at that blank box for a solid ten minutes, completely frozen.", 'clean','feedback','message','r45-winenfood', role='client', contract='active')

src('r45-progfreelance','http://www.programmerfreelance.com/content/free-data-entry-test/faqxxquestion_id__39.htm','Freelance Programmer FAQ (question 39)','site rules')
c("No email, address, phone or any other details that would enable a browser of Freelance Programmer to contact you outside the Freelance Programmer forum is permitted to be posted on any part of this website other than the user registration page.", 'clean','contact-sharing','message','r45-progfreelance')

src('r45-workforimpact','https://we.workforimpact.com/help/when-can-i-offer-someone-my-contact-details-or-a-website-url','Work for Impact Help: When can I offer someone my contact details or a website URL?','help sentences')
c("Once you have started a contract, you may share your contact details with the Client or Independent Contractor you are working with for the purpose of communication and collaboration.", 'clean','contact-sharing','message','r45-workforimpact')

src('r45-freelancecom-mod','https://support.freelance.com/hc/en-us/articles/203720958-Why-was-my-profile-moderated-and-suspended-Now-I-can-t-apply-to-any-job-What-must-I-do-','freelance.com Help: Why was my profile moderated and suspended?','help sentences')
c("Some profiles are then suspended if contractor included contact information in his/her résumé to be contacted directly by employers.", 'clean','contact-sharing','message','r45-freelancecom-mod')

src('r45-freelancecom-reasons','http://support.freelance.com/entries/419504-reasons-for-account-suspension','freelance.com Help: Reasons for Account Suspension','policy list')
c("Employer includes slandering information in the posted job or while communicating with Freelancer.", 'clean','harassment','message','r45-freelancecom-reasons')

src('r45-habr-nimfai','https://qna.habr.com/user/nimfai/answers','Habr Q&A: answers by nimfai (Upwork suspension)','quoted suspension email and Russian comment')
c("Написал в поддержку. Сказали что отправлял много proposals по работам, не подходящим мне. Хотя всё подходило. А за месяц я потратил максимум 30 коннектов, а то и меньше.", 'clean','feedback','message','r45-habr-nimfai', lang='ru')
c("Our decision is based on a careful review and the fact that you have submitted a high number of proposals for jobs on our site without many contracts or earnings.", 'clean','account-sharing','message','r45-habr-nimfai')

src('r45-uw-needguidance','https://community.upwork.com/t5/New-to-Upwork/Need-guidance-on-policies/td-p/869700','Upwork Community: Need guidance on policies','freelancer narrative')
c("Since I had no review yet, I told him that I was hoping to prove myself, and I suggested to work on one product copy for free so that he could assess whether I was a good fit.", 'clean','feedback','message','r45-uw-needguidance')

src('r45-uw-suspended-p2','https://community.upwork.com/t5/Freelancers/Why-are-Accounts-Suspended-without-any-Evidence-of-Violation/td-p/188239/page/2','Upwork Community: Why are Accounts Suspended without any Evidence of Violation (page 2)','replies')
c("That message means that someone (most likely a client or potential client) has reported you for being rude and / or discriminatory.", 'clean','harassment','message','r45-uw-suspended-p2')
c("On several occasions I can't scroll my messages for days, or my personal client gets displayed under an agency (I'm not the owner of this agency).", 'clean','account-sharing','message','r45-uw-suspended-p2')

src('r45-freelancecounsellor','https://freelancecounsellor.com/how-to-recover-a-suspended-freelancer-com-account/','Freelance Counsellor: How to recover a suspended Freelancer.com account','rule list')
c("No tolerance for harassment, blackmailing, and abuse. No purchasing of accounts is allowed. Fooling the review system or the referral game program can suspend your account.", 'clean','account-sharing','message','r45-freelancecounsellor')

src('r45-topearn','https://topearnonline.com/working-with-upwork/','TopEarnOnline: Working with Upwork','article sentences')
c("Hourly – Clients should only pay for hours worked and freelancers should be paid for their time spent working. Fixed Price – Upwork helps ensure clients get the work asked for and freelancers get paid for work completed.", 'clean','payment','message','r45-topearn')

src('r45-fvr-tip76196','https://community.fiverr.com/forums/topic/76196-leaving-a-seller-a-tip/','Fiverr Community: Leaving a seller a tip','question and answer')
c("Also, is it allowed to ask a customer for a tip and send them to a gig created for it if there isn't a tipping button?", 'clean','payment','message','r45-fvr-tip76196')

src('r45-fvr-tip280843','https://community.fiverr.com/forums/topic/280843-why-are-max-tip-amounts-limited-to-gig-price/','Fiverr Community: Why are max tip amounts limited to gig price?','seller post')
c("I had a buyer really love my work and he wanted to give me a $100 tip for a $35 gig. He was upset to find out that the max that Fiverr would allow was $35.", 'clean','payment','message','r45-fvr-tip280843')

src('r45-comeup','https://support-en.comeup.com/article/1511-how-do-tip-work','ComeUp Help: How do tips work?','help sentences')
c("When discussing the project with your buyer, you can specify that they can include a tip when they pay. The tip is refunded if the order is canceled for any reason.", 'clean','payment','proposal','r45-comeup')

src('r45-airgigs','https://help.airgigs.com/help/how-do-i-leave-a-bonus-tip-for-a-seller','AirGigs Help: How do I leave a bonus tip for a seller?','help sentences')
c("Want to show your appreciation for an outstanding gig? Leaving a bonus tip for a seller is quick and easy! There's also the option to leave a bonus after the order is marked completed.", 'clean','payment','message','r45-airgigs', role='client', contract='active')

src('r45-tchelete','https://tchelete.com/how-to-tip-on-fiverr','tchelete: How to tip on Fiverr','article sentences')
c("When you tip, you're acknowledging this extra effort and boosting their motivation. Plus, for many sellers, Fiverr isn't just a side hustle; it's their full-time job.", 'clean','payment','message','r45-tchelete', role='client')

src('r45-gh-photopea7744','https://github.com/photopea/photopea/issues/7744','GitHub issue: photopea/photopea #7744','comments about paying a bug reporter; cashtag replaced')
c("Perfect! I have fixed this bug! Can I send you $100 for finding it? Could you tell me your PayPal address?", 'violation','payment','message','r45-gh-photopea7744', role='client')
c("No, I don't have or use PayPal. The only thing I have and use is the Cash app. $DemoCowboy0000\nI ran it 3 times. It worked each time.", 'violation','payment','message','r45-gh-photopea7744')
c("Sure. Why not :) You will be my Easter Bunny this year ;)\nI will write an email with my PayPal address.", 'violation','payment','message','r45-gh-photopea7744')

src('r45-gh-btcpay3257','https://github.com/btcpayserver/btcpayserver/issues/3257','GitHub issue: There\'s Bug in BTCPay','issue text; emails replaced')
c("I am a Professional Bug Hunter Recently While Paying I founded a BUG in which You Can Pay $1 for even 100$ transaction and its a Bug whichh you guys Can Solve.\nFor My Bug Hunting Reward Mail me contact@example.tech or bughunter.demo71@gmail.com", 'violation','contact-sharing','proposal','r45-gh-btcpay3257')

src('r45-gh-fossify94','https://github.com/FossifyOrg/General-Discussion/issues/94','GitHub issue: Remove the selection of stars when you click "Rate in Google Play"','maintainer comments')
c("From the looks of it, it was done that way to prevent bad ratings. If you select 1 star in the app, Google Play isn't launched. If you select 5, Google Play is launched. So it just filters out people who were going to rate anything less than 5 stars. I think I'll remove it.", 'clean','feedback','message','r45-gh-fossify94')

src('r45-gh-lbry376','https://github.com/lbryio/lbry-android/issues/376','GitHub issue: App Rating (lbryio/lbry-android)','user story text')
c("As a user, I would like to be prompted to leave a rating in the google play store. If I want to leave a negative review, I should be given an opportunity to submit it directly to LBRY.", 'clean','feedback','message','r45-gh-lbry376', role='client')

src('r45-gh-lunduke344','https://github.com/BryanLunduke/SoftwarePoliticsTracker/issues/344','GitHub issue: Do you have nothing better to do in your life than hate?','issue text')
c("Imagine spending hours, probably days researching, dragging up random quotes, to create some list. You're a miserable loser man. Get a life.", 'violation','harassment','message','r45-gh-lunduke344')

src('r45-gh-haven5108','https://github.com/ancsemi/Haven/issues/5108','GitHub issue: Digital Waste AI Garbage (ancsemi/Haven #5108)','issue text')
c("Every file here is a testament to your inability to code. It's a bloated, unoptimized mess of LLM-generated garbage. You're not building a tool; you're creating a digital landfill.", 'violation','harassment','message','r45-gh-haven5108', role='client', contract='active')

src('r45-gh-mybatis33','https://github.com/surfsun/better-mybatis-generator/issues/33','GitHub issue: 垃圾软件 (surfsun/better-mybatis-generator #33)','Chinese issue title and comments')
c("垃圾软件。严重影响心情，点击生成，死活没反应。疯了呀", 'violation','harassment','message','r45-gh-mybatis33', lang='zh', role='client', contract='active')
c("have a happy life, 别把不开心带给别人好不", 'clean','harassment','message','r45-gh-mybatis33', lang='zh')

src('r45-gh-quik274','https://github.com/quik-sms/quik/issues/274','GitHub issue: Leave us a review on Google Play?','issue text')
c("Right now, within the app, there is a little dialogue that says, \"Liking the app, please review us on Google Play\". However, to my knowledge, the app isn't published on Google Play. Should this maybe be changed to Leave us a star on GitHub?", 'clean','feedback','message','r45-gh-quik274')

src('r45-gh-inkvisitor596','https://github.com/DISSINET/InkVisitor/issues/596','GitHub issue: User login not working (DISSINET/InkVisitor #596)','issue thread; password replaced')
c("Received two emails with different passwords for username \"shaw\"; neither work. Please send new login.", 'clean','account-sharing','message','r45-gh-inkvisitor596', contract='active')
c("I changed the email of this user to mine and let the password send to me. Now It is \"demo-pass-0000\", and it is working fine for me. Maybe try to log in, rechange the mail again, and click on the yellow key button at the end of the row to get a new one.", 'clean','account-sharing','message','r45-gh-inkvisitor596', role='client', contract='active')

src('r45-gh-hotspot9','https://github.com/sibyperiyar/Easy-HotSpot/issues/9','GitHub issue: Login issues (sibyperiyar/Easy-HotSpot #9)','thread; emails replaced')
c("Please check the login credentials. Whether they are upper/lower-case etc.. In case of any difficulty, you may contact Mr. Sonal via email: sonal.demo@gmail.com. Note: There is an updated version available with many additional features.", 'violation','contact-sharing','message','r45-gh-hotspot9')
c("Can you give me new version \nAlso give me your Whatsapp number", 'violation','contact-request','message','r45-gh-hotspot9', role='client')
c("Please send mail to sonal.demo@gmail.com for new version.", 'violation','contact-sharing','message','r45-gh-hotspot9')

src('r45-gh-myvos16','https://github.com/popstar7/myVos-dev/issues/16','GitHub issue: Collaboration Inquiry (popstar7/myVos-dev #16)','thread; email replaced')
c("Hello, I'm representing a proxy service brand and would like to ask if you are open to collaboration opportunities. If so, could you please share your email address with me? I'll send you an invitation letter with more details.", 'violation','contact-request','message','r45-gh-myvos16', role='client')
c("Thank you for reaching out. I am open to collaboration opportunities. Please feel free to send me the invitation letter with more details, and I will review it. Looking forward to hearing from you.\n\nmykhailo.demo@outlook.com", 'violation','contact-sharing','message','r45-gh-myvos16')
c("Hello, could you please provide me with your email address? I will send you an invitation using my company email.", 'violation','contact-request','message','r45-gh-myvos16', role='client')

src('r45-gh-karpathy68','https://github.com/karpathy/karpathy.github.io/issues/68','GitHub issue: Let\'s collaborate with me to work.','issue text; handle and link replaced')
c("Hi, I am from Philippines.\nI work as developer.\nI am gonna collaborate with you for work to earn more money.\n\nhttps://docs.example.com/d/collab-plan\n\nCould you check this docs?\nLet me know if you are interested.\nTg:   @hurrican_demo", 'violation','contact-sharing','message','r45-gh-karpathy68')

src('r45-gh-reels3','https://github.com/bytesoftheweb/Reels/issues/3','GitHub issue: Hi, (bytesoftheweb/Reels #3)','issue text; email replaced')
c("Hi, How are you?\nI see you like web. I'd like to collaborate with you for web development.\nWhat is your email?\nMy email is whitehorse.demo@gmail.com\nI hope we connect together\nThanks", 'violation','contact-sharing','message','r45-gh-reels3')

src('r45-gh-reactdemos105','https://github.com/ruanyf/react-demos/issues/105','GitHub issue: Let\'s Build Something Meaningful – Open to Collaborate','opening paragraphs')
c("I'm Steven, a full-stack developer based in Hong Kong, with 5+ years of experience building scalable, efficient web solutions. For the past three years, I've worked independently on Upwork, helping founders and teams bring their ideas to life with clean code and solid execution. If we land a project together, I'm ready to go all in—full-time. I'm also eager to learn any unfamiliar tech if it helps the team move faster.", 'clean','account-sharing','proposal','r45-gh-reactdemos105')

src('r45-gh-duskhaven1605','https://github.com/Duskhaven/Bug-Reports/issues/1605','GitHub issue: Login issue (Duskhaven/Bug-Reports #1605)','thread')
c("i have a problem to login with my Account and i do correct my password and my loginname.\n\nNeed help", 'clean','account-sharing','message','r45-gh-duskhaven1605')

src('r45-gh-va123311','https://github.com/department-of-veterans-affairs/va.gov-team/issues/123311','GitHub issue: Figma access request (va.gov-team #123311)','access request; emails replaced')
c("Contractor supporting the modernization of the tracking system. Requesting View access for all design system files please. My .gov email is kim.demo@agency.example.gov, but I use my company email for Figma work (kim.demo@contractor.example.com). Thank you!", 'allowed','contact-sharing','message','r45-gh-va123311')
c("We can only add Figma licenses to your agency email, Figma invite sent to your agency email just now", 'clean','contact-sharing','message','r45-gh-va123311', role='client')

src('r45-gh-arfc548','https://github.com/arfc/arfc.github.io/issues/548','GitHub issue: Get yourself added to the google drive shared folder','issue text')
c("There's a shared google drive folder. Katy will have to add you, so let her know what email address to share this folder with.", 'allowed','contact-request','message','r45-gh-arfc548', role='client')

src('r45-gh-ariac327','https://github.com/usnistgov/ARIAC/issues/327','GitHub issue: No Google Drive folder received (usnistgov/ARIAC #327)','maintainer reply; email replaced')
c("If you or anyone else needs access to their google folders, please check the email that you registered with and send me an email: anthony.demo[at]example.gov if you have issues or need additional assistance", 'violation','contact-sharing','message','r45-gh-ariac327', role='client')

src('r45-gh-textnorm2','https://github.com/kykim0/TextNorm/issues/2','GitHub issue: Give access to google drive of images','request; email replaced')
c("Hello there, Our group writing paper about alignment and would like to test our model on your benchmark. Could you give access to my email ali.demo@example.la. Thanks!", 'allowed','contact-sharing','message','r45-gh-textnorm2')

src('r45-gh-nst6','https://github.com/hackforla/new-schools-today/issues/6','GitHub issue: Adding everyone to the team drive','action items')
c("We use google as our document repository. Everyone needs to be added to the team drive so that they can add/edit docs.\n- Get each team members email address.\n- Add the team members to the google drive folder.", 'allowed','contact-request','message','r45-gh-nst6', role='client', contract='active')

src('r45-gh-hackclub355','https://github.com/hackclub/OnBoard/issues/355','GitHub issue: Unable to join Slack (hackclub/OnBoard #355)','issue text')
c("The Slack workspace won't let me use my email address. Is there any chance I can get an invitation sent to my email? It says to \"Contact the workspace administrator for an invitation\" but I don't know of a better way to get in touch than to open an issue here.", 'violation','off-platform','message','r45-gh-hackclub355')

src('r45-gh-openseattle8','https://github.com/openseattle/discuss/issues/8','GitHub issue: Invite people to openseattle.slack.com','comments; email replaced')
c("Can someone invite me? jake.demo@example.co", 'violation','contact-sharing','message','r45-gh-openseattle8')
c("Hey! Which email did you send the invite to? It's not recognizing me.", 'allowed','contact-request','message','r45-gh-openseattle8', contract='active')

src('r45-gh-buck2500','https://github.com/facebook/buck/issues/2500','GitHub issue: Slack workspace invitation (facebook/buck #2500)','thread (en/pt)')
c("Hello there,\n\nCan I get an invite to join the slack workspace?\n\nCheers!", 'violation','off-platform','message','r45-gh-buck2500')
c("Traduzindo, queria um invite para o slack do buck", 'violation','off-platform','message','r45-gh-buck2500', lang='pt')
c("We need your email address to send an invitation. Thank you", 'allowed','contact-request','message','r45-gh-buck2500', role='client', contract='active')

src('r45-uw-fakefeedback','https://community.upwork.com/t5/Freelancers/Fake-projects-fake-feedback-conspiracy-theory/m-p/792140/highlight/true','Upwork Community: Fake projects, fake feedback conspiracy theory','freelancer post')
c("It's quite simple: an unethical freelancer creates a fake account (or gets one of his/her friends to create a fake account), posts a fake project, hires himself/herself, and gives himself/herself fake feedback.", 'clean','feedback','message','r45-uw-fakefeedback')

src('r45-clutch-fake','https://help.clutch.co/en/knowledge/fake-or-fraudulent-review','Clutch Help: What is a fake or fraudulent review?','help sentences')
c("Falsified reviews include made-up projects, reviews left by impersonators, or reviews with a hidden conflict of interest. We do not publish fake reviews.", 'clean','feedback','message','r45-clutch-fake')

src('r45-geekroo','https://geekroo.com/?p=2758','Geekroo: freelancers offering fake reviews on Clutch and DesignRush','scheme description')
c("These freelancers then message business owners, offering to post positive reviews for their companies on reputable platforms like Clutch or DesignRush. Often, they promise verified reviews using fake accounts, spoofed IPs, or even by posing as past clients.", 'clean','feedback','message','r45-geekroo')

src('r45-administrata','https://administrata.net/threads/beware-of-fiverr-reviews-theyre-not-always-real.1062','Administrata forum: Beware of Fiverr reviews, they\'re not always real','forum advice')
c("Ask for proof: Don't hesitate to ask freelancers for samples of their previous work. Genuine freelancers will be happy to provide examples and discuss their process.", 'clean','feedback','message','r45-administrata', role='client')

src('r45-hamarabaluchistan','https://hamarabaluchistan.blogspot.com/2020/12/faking-it-on-fiverr-isnt-how-pakistanis.html','Hamara Baluchistan: Faking it on Fiverr isn\'t how Pakistanis will make it','quoted review seller and trainer')
c("I will post three reviews for $25, but you will pay $55.", 'violation','feedback','message','r45-hamarabaluchistan')
c("To get that positive review, they either have to ask a cousin or friend living abroad to post a fake job. They then apply for that job, get it done and an exchange of payment takes place.", 'clean','feedback','message','r45-hamarabaluchistan')

src('r45-mybuzzforum','https://www.mybuzzforum.com/t/how-to-spot-a-fake-review-on-fiverr/179','MyBuzzForum: How to spot a fake review on Fiverr','forum article')
c("Have you recently found a seller on Fiverr with several glowing reviews, all from the same buyer? Don't immediately assume that all such reviews are illegitimate. Many successful sellers on Fiverr, after all, work with the same clients on a regular basis.", 'clean','feedback','message','r45-mybuzzforum')

src('r45-fiverrtutorials','https://fiverrtutorials.com/fiverr-review-exchange/','Fiverr Tutorials: Is it ethical to do a Fiverr review exchange?','article sentences')
c("A Fiverr review exchange involves two freelancers agreeing to purchase each other's services and leave positive reviews. On the surface, this might seem like a harmless way to get a few good ratings.", 'clean','feedback','message','r45-fiverrtutorials')

src('r45-fvr-mutualcancel','https://forum.fiverr.com/t/mutual-cancellation-was-declined-what-to-do-next/8850','Fiverr forum: Mutual cancellation was declined, what to do next?','seller narrative')
c("For now, I sent him another message asking him why he declined the request, I added that if he has changed his mind, he would need to give me the information so I can work on his image. I also said that I will wait until tomorrow morning again.", 'clean','contact-request','message','r45-fvr-mutualcancel', contract='active')

src('r45-gh-hfla-intern135','https://github.com/hackforla/internship/issues/135','GitHub issue: IS22 Internship Interviews (hackforla/internship #135)','draft interview invitation; link replaced')
c("We have reviewed your application and CV and would like to invite you to interview with us. We have set up days and time slots on our Calendly (https://calendly.com/demo-intern/interview) for you to select what works best for you. This is on a first come, first serve basis.", 'violation','contact-sharing','message','r45-gh-hfla-intern135', role='client')

src('r45-gh-hiringcenter3','https://github.com/training-center/hiring-center/issues/3','GitHub issue: Como o candidato poderá ver os horários disponíveis (training-center/hiring-center #3)','Portuguese discussion')
c("a ideia de usar o Calendly é bem boa, mas ai o candidato primeiro se aplica e quem for responsável por entrevistá-lo pode enviar o link da agenda, e o candidato escolhe", 'clean','contact-sharing','message','r45-gh-hiringcenter3', lang='pt')

src('r45-gh-instagrapi1629','https://github.com/subzeroid/instagrapi/issues/1629','GitHub issue: Request (subzeroid/instagrapi #1629)','issue text')
c("My company wants to propose a paid project, how can we contact you?", 'violation','contact-request','message','r45-gh-instagrapi1629', role='client')

src('r45-gh-idrinth1188','https://github.com/idrinth-api-bench/issues/issues/1188','GitHub issue: LinkedIn Shoutout (idrinth-api-bench #1188)','thread; profile link replaced')
c("would need a linkedin profile :)", 'violation','contact-request','message','r45-gh-idrinth1188', role='client')
c("https://linkedin.com/in/demo-hogan-000 thanks! :D", 'violation','contact-sharing','message','r45-gh-idrinth1188')

src('r45-gh-zied4','https://github.com/zied-snoussi/zied-snoussi/issues/4','GitHub issue: Hey can we connect open your linkedin?','thread')
c("Hey can we connect open your linkedin ? Hi these side Deepak thanks for following I am python developer. DO you want to do projects with me i have lot of projects can work on chrome extension ????", 'violation','contact-request','message','r45-gh-zied4')
c("Thank you for reaching out! I appreciate the offer, but currently, I'm committed to another project, and my schedule is quite tight. I'm sorry I won't be available to work on projects with you at this time. If anything changes in the future, I'll be sure to let you know.", 'clean','off-platform','message','r45-gh-zied4')

src('r45-gh-usaconst33','https://github.com/JesseKPhillips/USA-Constitution/issues/33','GitHub issue: Buy Verified LinkedIn Accounts (spam)','spam text')
c("Verified LinkedIn profiles also easily rise to the top of search results, increasing your visibility and reach. This is a game-changer for those looking for freelancers, corporate professionals, or international jobs. Now, if someone has the opportunity to buy an old, active, and well-optimized account from you, why not start with you?", 'violation','account-sharing','message','r45-gh-usaconst33')

src('r45-gh-mench500','https://github.com/askmench/ideachain/issues/500','GitHub issue: Create Upwork account for Mench to onboard contractors','issue text')
c("Create Mench account on Upwork and onboard Shervin.\n\nHires:\n- Researcher to get email addresses", 'clean','account-sharing','message','r45-gh-mench500', role='client')

src('r45-gh-trustwallet32887','https://github.com/trustwallet/assets/issues/32887','GitHub issue: MD (trustwallet/assets #32887)','payment-request text; address replaced')
c("My Public Address to Receive USDT 0x0000000000000000000000000000000000demo01\n\nPay me via Trust Wallet: https://link.trustwallet.com/send?coin=5000&address=0x0000000000000000000000000000000000demo01", 'violation','payment','message','r45-gh-trustwallet32887')

src('r45-gh-uniswap89','https://github.com/uniswap-python/uniswap-python/issues/89','GitHub issue: I want to donate (uniswap-python #89)','issue text')
c("I want to donate. Send me your USDT TRC-20 wallet", 'violation','payment','message','r45-gh-uniswap89', role='client')

src('r45-gh-sunnetwork411','https://github.com/tronprotocol/sun-network/issues/411','GitHub issue: USDT wallet address (tronprotocol/sun-network #411)','issue and reply (en/es); address replaced')
c("Hi! Here is my USDT Wallet TRC-20 address on LATOKEN:\nTDEMO0000000000000000000000000000a", 'violation','payment','message','r45-gh-sunnetwork411')
c("Hola si tengo pagarte por .?", 'violation','payment','message','r45-gh-sunnetwork411', lang='es', role='client')

src('r45-gh-somdev24','https://github.com/somcoders/somali-developers/pull/24','GitHub PR: Add sadiiq-mukhtaar to developers list (comments)','comments; email and number replaced')
c("Hi developers i am KASHIF from pakistan. We need some especial API,s from somalia. Like Real time location tracker, Call history, messaging history.\nContact me back via email kash.demo75@gmail.com or whatsapp +92 300 0000000", 'violation','contact-sharing','message','r45-gh-somdev24', role='client')

src('r45-gh-setan30','https://github.com/pashayogi/SETAN/issues/30','GitHub issue: Is there a way I can contact you (pashayogi/SETAN #30)','issue title and comment; number replaced')
c("Is there a way I can contact you\n0093 000 000 0000 WhatsApp", 'violation','contact-sharing','message','r45-gh-setan30', role='client')

src('r45-gh-chatgpthtml3','https://github.com/sbaliyun/chatgpt-html/issues/3','GitHub issue: hello sir can you please contact me?','thread; number and email replaced')
c("please contact me i have some questions \n+92 300 0000001 my whatsapp\nsir i need this script in english version can you please give me or do you have any video how can we create it and add to our website?\nwaiting for your reply and message", 'violation','contact-sharing','message','r45-gh-chatgpthtml3', role='client')
c("Please provide your email address I don't have whatsapp", 'violation','contact-request','message','r45-gh-chatgpthtml3')
c("Sir Please give me your any contact", 'violation','contact-request','message','r45-gh-chatgpthtml3', role='client')
c("my email is admin@sbal.example.com", 'violation','contact-sharing','message','r45-gh-chatgpthtml3')

src('r45-gh-ogarserv157','https://github.com/JaraLowell/OgarServ/issues/157','GitHub issue: Contact with the developer (OgarServ #157)','thread (en/nl); handle replaced')
c("Hey,\n\nDo you guys have the developer E-mail or Skype?", 'violation','contact-request','message','r45-gh-ogarserv157', role='client')
c("Hey,\n\nMy Skype is: demo_imad9", 'violation','contact-sharing','message','r45-gh-ogarserv157')
c("mine is same as it is here 😃 not that hard to fings lol, just seurch for my username", 'violation','contact-sharing','message','r45-gh-ogarserv157')
c("Heb je iets binnen al?", 'clean','contact-request','message','r45-gh-ogarserv157', lang='nl')

src('r45-gh-ciu1367','https://github.com/jwasham/coding-interview-university/pull/1367','GitHub PR: change site for new languages (comments)','comments; Skype id replaced')
c("Hi\nI am a full-stack developer with 7+ years of experience.\nI am a very passionate developer and I am responsible, honest, and always provide 100% results. \nI try to always be in touch so that you can ask any questions about the project.\nI meet all your requirements from your list for the right candidate.\nI work with Angularjs React.js/Redux/Next.js, Sass, Spring Boot, Asp.net, MongDB, express.js more than 5 years.\nI hope to work with you.", 'clean','off-platform','proposal','r45-gh-ciu1367')
c("Hello, I got your message. If it is important, please call me or message me.(您好，您的信息我已收到，如果很重要，请电话或短信联系我。)", 'violation','off-platform','message','r45-gh-ciu1367', role='client')
c("my skype name = live:.cid.demo0000000000\nI`ll wait you in skype", 'violation','contact-sharing','message','r45-gh-ciu1367')

src('r45-gh-smarttoc35','https://github.com/FallenMax/smart-toc/issues/35','GitHub issue: Payment Issue: WISE alternative instead of PayPal?','thread')
c("I want to pay for pro features, but unfortunately, it is difficult to pay in Egypt using PayPal, but I have a wise account, can you create a wise account so that I can send the money?", 'violation','payment','message','r45-gh-smarttoc35', role='client')
c("Thanks! Please check your email (the one on GitHub profile).", 'violation','off-platform','message','r45-gh-smarttoc35')

src('r45-gh-oc6361','https://github.com/opencollective/opencollective/issues/6361','GitHub issue: Wise to receive money? (opencollective #6361)','feature discussion')
c("You currently could use your 'wise' bank account and put these details in the bank transfer section. It could be nice to offer an offical intergration?", 'clean','payment','message','r45-gh-oc6361')

src('r45-gh-hcbengr103','https://github.com/hackclub/hcb-engr/pull/103','GitHub PR: Add Wise post (hackclub/hcb-engr #103)','post text')
c("Wise is a payment processor that allows you to send money in USD and receive money in over 40 currencies. They offer transparent exchange rates and no minimums. This makes Wise a great option for small-value international payments.", 'clean','payment','message','r45-gh-hcbengr103')
