u='https://informatic.ai/blog/2023/06/14/identifying-and-protecting-yourself-from-fake-recruitment-scams-on-messaging-platforms/'; s='informatic-recruitment-scams'
a(u,s,"If a user shows interest, the scammer proceeds to ask for money for security checks or work equipment, a tactic known as advanced fee fraud.",'clean','payment')
u='https://kb.freeup.net/help/what-to-do-when-a-freeup-client-wants-to-work-off-platform'; s='freeup-off-platform'
a(u,s,"Working off of the platform with a client is a treacherous path to take. It is the easiest way to become involved in a scam, and we cannot provide mediation for payment disputes that happen off platform.",'clean','off-platform')
u='https://mgm-cs.com/2018/10/22/are-you-having-a-laugh-what-freelancers-want-to-say-vs-what-we-should-say/'; s='mgm-cs-are-you-having-a-laugh'
a(u,s,"I don't do free samples. Here are some examples of my work on the web. These clients went away very happy.",'clean','contact-sharing','proposal')
a(u,s,"If these aren't sufficient then I bid you good day and suggest you find somebody else more in line with your needs.",'clean','harassment')
u='https://github.com/PipedreamHQ/pipedream/issues/8073'; s='gh-pipedream-8073'
a(u,s,"It seems Wise isn't actually sending the webhook events. To reproduce: create a Wise trigger for payment completed, create a payment and complete it, no event is sent.",'clean','payment')
u='https://github.com/antiwork/flexile/issues/1615'; s='gh-flexile-1615'
a(u,s,"We had a case where a payment was successfully delivered on Wise's side, but the outgoing_payment_sent webhook was never received. As a result, the invoice remained in processing status and had to be manually marked as paid.",'clean','payment')
u='https://github.com/juspay/hyperswitch/issues/7399'; s='gh-hyperswitch-7399'
a(u,s,"Wise is integrated as a payout processor. This integration is not complete as webhooks are missing. Possible implementation: integrate IncomingWebhook for Wise.",'clean','payment')
u='http://aw-wrdsmth.com/FAQ/faq-samp_cvrltr_prop.html'; s='aw-wordsmith-sample-letter'
a(u,s,"We welcome the opportunity to work on Project X with you. We have studied the materials you supplied and now have a better understanding of what needs to be done to accomplish your goals.",'clean','contact-sharing','proposal')
u='https://viralbake.com/beware-of-online-job-scams-how-fraudsters-target-job-seekers-via-whatsapp-and-telegram'; s='viralbake-job-scams'
a(u,s,"The message promises quick earnings by performing basic online tasks, such as giving a 5-star rating to a product or liking a YouTube video.",'clean','feedback')
u='https://creditunion.co.uk/shattering-fake-whatsapp-job-scam'; s='creditunion-whatsapp-scam'
a(u,s,"They commonly request a copy of your licence, passport, bank details, and National Insurance number.",'clean','account-sharing')
u='https://www.upworkwizz.com/blog/what-makes-a-good-upwork-cover-letter'; s='upworkwizz-cover-letter'
a(u,s,"Most clients aren't looking for the cheapest freelancer. They're looking for confidence that you've understood their problem, can communicate clearly, and have successfully solved similar challenges before.",'clean','feedback','proposal')
