u='https://github.com/lenis0012/LoginSecurity/issues/286'; s='gh-loginsecurity-286'
a(u,s,"Hi \ni wanted to know how to log in to my friend account if i need this?\n\nBecause the password we cant see and is there any way to login in with his password or without?",'violation','account-sharing')
u='https://github.com/duckduckgo/iOS/pull/671'; s='gh-duckduckgo-ios-671'
a(u,s,"App was rejected for promoting app rating on positive feedback. Steps to test: send feedback, choose positive, no app rating button or sub text will be visible.",'clean','feedback')
u='https://github.com/uilibrary/Stocky-Issues-and-Feature-request/issues/94'; s='gh-stocky-94'
a(u,s,"Thank you for your suggestions, we will discuss it and if this is reliable and useful for most of the users then we will add it to our queue. If you like our work & support, you can leave a review that will motivate our team toward further development.",'clean','feedback')
u='https://github.com/FredrikNoren/ungit/issues/1625'; s='gh-ungit-1625'
a(u,s,"Hello, how are you? I hope you are doing well.\nI am a full-stack developer with over 7 years of rich experience.\nI hope to join your team to contribute to your project.\nIf you're interested, could you please contact me at bo_demo411@gmail.com?\nThanks.",'violation','contact-sharing','proposal')
u='https://github.com/mellow-finance/mellow-vaults/issues/306'; s='gh-mellow-vaults-306'
a(u,s,"I understand that you are looking for a Senior Fullstack Web Developer. Please find attached my resume for your consideration (not scam, it's a real pdf) 😄\n\nAdditionally, here's a link to my Twitter account:\nhttps://twitter.com/leo_frontend_demo\n\nHave a good day 👋",'violation','contact-sharing','proposal')
u='https://github.com/pewdiepie-archdaemon/dionysus/issues/101'; s='gh-dionysus-101'
a(u,s,"👋 Hi, I'm Omar K.\nFull Stack Software Engineer | B.Sc. Software Engineering\n📍 Porto, Portugal\n🔗 GitHub | LinkedIn | 📧 omar.k.demo@gmail.com\n\nFull Stack Software Engineer with 3+ years of experience building scalable web and mobile applications.",'violation','contact-sharing','proposal')
u='https://github.com/rmiyazaki6499/mern-app/issues/28'; s='gh-mern-app-28'
a(u,s,"hi\nI am interested in your position\nI have gone through your project requirements.\nI am a blockchain engineer and fullstack developer with over 8 years of experience\nmy telegramId: @webmiracle_demo\ndiscord: webmiracle_demo\nplease contact me.\nIooking forward to hearing from you",'violation','contact-sharing','proposal')
a(u,s,"Hello,\nI am interested in your job.\ncontact info:\nmy telegramId: @heracles_demo\nskype: live:.cid.demo5550\nLooing forward working with you",'violation','contact-sharing','proposal')
a(u,s,"Hi everyone, sorry but I'm not hiring for anything because I too am also looking for work. This issue seems unrelated to the repo so will close. Wish you good luck on finding something in these tough times",'clean','contact-request',ctx={'role':'client'})
u='https://github.com/silicia-apps/sio/issues/15'; s='gh-sio-15'
a(u,s,"HI,\nI sent you an e-mail",'violation','off-platform',ctx={'role':'client'})
u='https://github.com/mahathir85/nestjs-microservices/issues/68'; s='gh-nestjs-ms-68'
a(u,s,"Sorry for opening unrelated issue. Currently I have a project and are in need of a senior backend developer who can help me. Is there a way I can contact you?",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/anuraghazra/anuraghazra/issues/38'; s='gh-anuraghazra-38'
a(u,s,"Oh oopsie, i actually did not even upload the pdf. hehe. Thank you but, currently I'm not available for hire, I'll surely consider this in future.",'clean','contact-request')
u='https://github.com/armankhondker/armankhondker.github.io/issues/1'; s='gh-armankhondker-1'
a(u,s,"With less than a year of experience under my belt, I'm like the \"rookie superhero\" of web development. So, if you're looking for a web developer with a dash of humor and a whole lot of coding passion, you just found your guy. Let's build awesome things together! 💻",'clean','contact-sharing','proposal')
u='https://github.com/tech256/jobs/issues/15'; s='gh-tech256-jobs-15'
a(u,s,"# Hire me?\n## Trevor H.\n### Resume\nhttps://stackoverflow.com/cv/trevor_demo\n#### Contact\n- Twitter: @trevor_demo",'violation','contact-sharing','proposal')
u='https://forum.fiverr.com/t/placing-a-order-question/75258'; s='fiverr-placing-order'
a(u,s,"You pay up-front. You don't have to have a PayPal account, though, you can complete a transaction as a guest. I would suggest that you start with a sample, partial order or milestone order.",'clean','payment')
