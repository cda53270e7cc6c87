u='https://github.com/v2board/v2board/issues/440'; s='gh-v2board-440'
a(u,s,"是否可以根据不同支付渠道给不同折扣？比如 F2F 不打折，易支付99折，自己设置。鼓励顾客用特定的支付渠道付款！",'clean','payment',lang='zh')
u='https://github.com/FossifyOrg/.github/pull/6'; s='gh-fossify-github-6'
a(u,s,"If you have questions or want to learn more, please feel free to start a discussion or contact us at hello@fossify-demo.example.org. Your contributions are greatly appreciated! 🌟",'violation','contact-sharing')
u='https://github.com/HACKERALERT/Picocrypt/issues/149'; s='gh-picocrypt-149'
a(u,s,"I may be at risk of being viewed negatively by coming here to ask this... but I would love to get in contact with you and I have been having trouble doing so through any other medium. Reddit wouldn't allow me to message you. My email is sly.demo@0bv-demo.example.io",'violation','contact-sharing')
a(u,s,"I didn't really bother including personal contacts because most people just open an issue. If you look closely though, you'll find my email in the SECURITY.md and you're free to email me privately.",'violation','contact-sharing')
u='https://github.com/notnola/pinychat/issues/17'; s='gh-pinychat-17'
a(u,s,"If it is something you are not willing or able to say in the public domain - Please send me an email or message me on Skype.\n\nEmail - notnola.demo@example.org\nSkype - notreally_demo",'violation','contact-sharing')
u='https://github.com/Pierrad/obsidian-github-copilot/issues/68'; s='gh-obsidian-copilot-68'
a(u,s,"Hi, I'd like to get in touch privately regarding a project-related concern that may require discretion. Could you let me know your preferred way to contact you directly?",'violation','contact-request')
u='https://github.com/mikeizbicki/ucr-cs100/issues/86'; s='gh-ucr-cs100-86'
a(u,s,"There are no private issues, but you can email me.",'violation','off-platform')
a(u,s,"I emailed you at mark.demo@gmail.com\n\nSent from my iPhone",'violation','contact-sharing')
u='https://github.com/przchojecki/rs-mca/issues/778'; s='gh-rs-mca-778'
a(u,s,"I want to discuss this project in private, not using LinkedIn or X preferrably. I did send DM on X, but do not know if you read them. Please provide contact information",'violation','contact-request')
a(u,s,"just answered on X",'violation','off-platform')
u='https://github.com/freqtrade/freqtrade/issues/4811'; s='gh-freqtrade-4811'
a(u,s,"In general, i'd say it's better to drop me a message in discord than to share your email publicly ...",'violation','off-platform')
a(u,s,"You can send Direct messages in Discord - which are 1:1 messages (only visible to the 2 involved parties). I'll also drop you a mail later as i think you'll prefer that.",'violation','off-platform')
u='https://github.com/SanAndreaP/ClaySoldiersMod/issues/171'; s='gh-claysoldiers-171'
a(u,s,"There's no way you can have a private issue, why would there be? Why do you need to talk in private anyway?",'clean','off-platform')
u='https://github.com/gitcoinco/web/issues/1649'; s='gh-gitcoin-web-1649'
a(u,s,"Where the bounty was rather high, I would have liked to have more customization around how I choose to get paid, for example to deposit the DAI directly into my offline cold-storage wallet.",'clean','payment')
u='https://github.com/gitcoinco/web/issues/8849'; s='gh-gitcoin-web-8849'
a(u,s,"There should be some sort of protection from people being able to create bounties with no funding. This can be used for spam attacks, and in this instance they advertised their Bitcoin address.",'clean','payment')
