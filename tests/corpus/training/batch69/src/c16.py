u='https://github.com/HaloWordApp/haloword/issues/9'; s='gh-haloword-9'
a(u,s,"添加 paypal 收款地址",'clean','payment',lang='zh')
u='https://github.com/Ahrwing/mcmod/issues/500'; s='gh-mcmod-500'
a(u,s,"我觉得可以在捐助二维码旁放一个红包码",'clean','payment',lang='zh')
a(u,s,"假如要使用红包来捐助的话，就需要商家的收款二维码，可能有点子麻烦。",'clean','payment',lang='zh')
u='https://github.com/cxxrev0to1dev/ios10_device_hook/issues/3'; s='gh-ios10-hook-3'
a(u,s,"可否发个支付宝，我直接给你转，希望认识下。我的WX：mawd_demo86",'violation','payment',lang='zh',ctx={'role':'client'})
u='https://github.com/ronggang/transmission-web-control/issues/594'; s='gh-twc-594'
a(u,s,"支付宝微信付款码炸了，是否可以更新付款码链接？或者内置到twc里面",'clean','payment',lang='zh')
u='https://github.com/AndreyAsadchy/Xtra/issues/30'; s='gh-xtra-30'
a(u,s,"Got a pop up to leave a Play Store review despite the app not being there anymore",'clean','feedback')
a(u,s,"This Xtra app is 6/5 stars ⭐⭐⭐⭐⭐⭐",'clean','feedback',ctx={'role':'client'})
u='https://github.com/Tillerino/Tillerinobot/issues/62'; s='gh-tillerinobot-62'
a(u,s,"m8 this is fucking shit fix it k",'violation','harassment',ctx={'role':'client'})
a(u,s,"Please reformulate the title and the description of this issue, in order to make it easier for us to troubleshoot what exactly is your problem, both the one related with the bot and the one you apparently have in your brain.",'violation','harassment')
a(u,s,"Unfortunately, the content that you state to have an issue with is not only rather rude towards the developers, but also to everyone around you. Please refrain from filing bug reports with such vile language.",'clean','harassment')
u='https://github.com/MoonshotAI/Kimi-k1.5/issues/7'; s='gh-kimi-k15-7'
a(u,s,"This doesn't belong on github you fucking assholes. Go fuck yourselves",'violation','harassment',ctx={'role':'client'})
u='https://github.com/ShadowMario/FNF-PsychEngine/pull/10668'; s='gh-fnf-psych-10668'
a(u,s,"Kevin has a cum fetish\n\nI know he does",'violation','harassment')
a(u,s,"go fuck yourself",'violation','harassment')
a(u,s,"Despite equally hostile responses from contributors recently, a lot of your behavior is bannable; just take a moment to consider your account reported. Github isn't the place for this crude behavior, satire or not.",'clean','harassment')
a(u,s,"Already reported her, cry about it",'violation','harassment')
u='https://github.com/is-a-dev/register/issues/37534'; s='gh-isadev-37534'
a(u,s,"Very informative frfr\nJokes aside, please don't make issues that are useless",'clean','harassment')
u='https://github.com/HippieStationArchive/HippieStation13-1/issues/2507'; s='gh-hippiestation-2507'
a(u,s,"70 fucking issues, get your shit together coder bus",'violation','harassment',ctx={'role':'client'})
a(u,s,"Please do not use the issue tracker irresponsibly.",'clean','harassment')
