u='https://github.com/python-telegram-bot/python-telegram-bot/issues/3592'; s='gh-ptb-3592'
a(u,s,"Hello there. You are writing your job offer in our issues, which is against rules/common behavior. To find a bot developer, please look at agencies dedicated towards freelancers.",'clean','off-platform')
u='https://github.com/salveoo/genius/issues/2'; s='gh-salveoo-genius-2'
a(u,s,"Hi,\nI cant add you as a Friend on Discord.\nI really like your Build and would love to Build my own.\nPlease contact me via Discord tjard_demo#7294\n\nThanks a lot for your Work",'violation','contact-sharing')
u='https://github.com/Kinuzo/ardoras/issues/40'; s='gh-ardoras-40'
a(u,s,"can you add me on discord\nmy username is neverplay_demo",'violation','contact-sharing')
u='https://github.com/terror/usernames/issues/7'; s='gh-terror-usernames-7'
a(u,s,"hello, can u dm my discord lust_demo#6741 i have a programming request i can pay",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/the-cult-of-integral/discord-raidkit/issues/8'; s='gh-raidkit-8'
a(u,s,"can i have your discord username ?",'violation','contact-request')
a(u,s,"catter_demo#7872",'violation','contact-sharing')
u='https://github.com/varunbln/CustomArmor/issues/7'; s='gh-customarmor-7'
a(u,s,"Feel free to dm me on discord instead, heisen_demo#9571",'violation','contact-sharing')
u='https://github.com/samupozzo/AdvancedScoreboard/issues/2'; s='gh-advancedscoreboard-2'
a(u,s,"Yo so can u DM me on discord? inaayat_demo#0001",'violation','contact-sharing')
a(u,s,"Dm me, varion_demo#7878",'violation','contact-sharing')
u='https://github.com/LWSS/Fuzion/issues/411'; s='gh-fuzion-411'
a(u,s,"I PAID 0.5 BTC AS HE SAID FOR THE SOURCE CODE AND HE SCAMMED AND NEVER GAVE ME IT!! -rep will not tell my friends to use this software!",'clean','payment',ctx={'role':'client'})
a(u,s,"its not funny idiot",'violation','harassment')
a(u,s,"ez 0.5btc kid",'violation','harassment')
u='https://github.com/ukanth/afwall/issues/638'; s='gh-afwall-638'
a(u,s,"I'm interested in the donate version: how/where to donate without using play store; bitcoin?",'clean','payment',ctx={'role':'client'})
a(u,s,"You can pay using paypal for now. I have bitcoin account as well. But not sharing it as of now.",'violation','payment')
u='https://github.com/operationalguy/silent-XMRig-miner/issues/14'; s='gh-xmrig-miner-14'
a(u,s,"Can I buy the full source code, if yes, how much? my telegram for contact https://t.me/talaf_demo",'violation','contact-sharing',ctx={'role':'client'})
a(u,s,"Sorry but no. What you can buy is reduced fee version.",'clean','payment')
u='https://github.com/florianv/business/issues/50'; s='gh-florianv-business-50'
a(u,s,"An entrepreneur saves weeks of manual work by buying Telegram accounts. When you buy accounts, you are buying a shortcut to trusted status, and the profiles have already performed organic actions.",'violation','account-sharing')
u='https://github.com/digitalsmmpro21/Buy-Verified-Cash-App-Accounts/issues/34'; s='gh-digitalsmmpro21-34'
a(u,s,"We offer authentic, fully verified accounts to help you start earning instantly. Verified documents: ID/Passport/Driving License. Address verified, linked email and phone number. Exchange guarantee and 24/7 support.",'violation','account-sharing')
