u='https://github.com/trustwallet/wallet-core/issues/4842'; s='gh-wallet-core-4842'
a(u,s,"Enquiry for $10000 usdt for Trc20 network. My Tron address to receive: TDEMOwallet000000000000000000000",'violation','payment')
u='https://github.com/bitcart/bitcart/issues/453'; s='gh-bitcart-453'
a(u,s,"Making a payment with USDT on Tron network sends the funds in another address than the one specified as intended. To reproduce: create a wallet in the TRON network, link it to a store, create an invoice and pay it.",'clean','payment',ctx={'role':'client'})
a(u,s,"Thank you for reaching out! For further assistance, please feel free to send us an email at livehelp-desk.demo@example.com. We're here to help!",'violation','contact-sharing')
a(u,s,"Freaking bots now on github as well, don't write to that email please",'clean','contact-sharing')
u='https://github.com/paypal/paypal-checkout-components/issues/2228'; s='gh-paypal-checkout-2228'
a(u,s,"My address to receive USDT: TDEMOaddr1111111111111111111111111",'violation','payment')
u='https://github.com/bscott/subtrackr/issues/86'; s='gh-subtrackr-86'
a(u,s,"If you share some subscriptions with friends it would be nice if you could do it in the tracker too, like specify with how many people you share it. Disney Plus: 120€ - 6 people -> you only pay 20€ each year.",'clean','account-sharing')
u='https://github.com/chatpire/chatgpt-web-share/issues/333'; s='gh-chatgpt-web-share-333'
a(u,s,"支持后台存储多个gpt plus的账号，在请求官网的时候循环使用不同的gpt账号",'clean','account-sharing',lang='zh')
u='https://github.com/Hello-Mr-Crab/pywechat/issues/237'; s='gh-pywechat-237'
a(u,s,"请问怎么联系你，聊聊合作，尽快联系 iduizhang_demo888",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/AaronFeng753/Waifu2x-Extension-GUI/issues/68'; s='gh-waifu2x-68'
a(u,s,"你好，我来自浙江杭州，很希望和你一起合作开拓这一个产品的大陆及全球市场，我的微信 555-0926-7779，希望详聊，感谢！",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/langgenius/dify/issues/23595'; s='gh-dify-23595'
a(u,s,"商务合作，求联系方式。pls add my wechat：tsqm_demo1206",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/johnson0612/WeChat-Plus/issues/2'; s='gh-wechat-plus-2'
a(u,s,"商务合作。请看到联系我 谢谢！ qq： 5550367895 有问题咨询",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
a(u,s,"加飞机tg:@johnson_demo",'violation','contact-sharing',lang='zh')
u='https://github.com/linpengcheng/fa/issues/2'; s='gh-linpengcheng-fa-2'
a(u,s,"😃 老哥你很秀, 能否私聊认识下 🥂🥂🥂",'violation','off-platform',lang='zh')
a(u,s,"Nice to meet you, my Wechat name is \"lin_demo_fa\".",'violation','contact-sharing')
u='https://github.com/bowenpay/wechat-spider/issues/99'; s='gh-wechat-spider-99'
a(u,s,"商业合作考虑吗？wechat：chenxl_demo5432",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/nihui/nihui/issues/5'; s='gh-nihui-5'
a(u,s,"I want to add you wechat😂",'violation','contact-request')
u='https://github.com/ChatGPTNextWeb/NextChat/issues/6783'; s='gh-nextchat-6783'
a(u,s,"We'd like to learn more and do a trial run to see if there's potential for collaboration. Could we connect on WeChat? Looking forward to hearing from you, or feel free to add my WeChat: wubai_demo_0904",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/daiyangyang945/UyaliBeautySDK/issues/9'; s='gh-uyali-sdk-9'
a(u,s,"加个联系方式，聊下合作 vx：yiqi_demo_chuhai",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/pybcn/pybcn.github.io/pull/80'; s='gh-pybcn-80'
a(u,s,"Add notice about using email addresses and attachments in job offers",'clean','contact-sharing')
u='https://github.com/gzgracez/dynamicQuiz/issues/6'; s='gh-dynamicquiz-6'
a(u,s,"Hi my name is Karim and I need to contact you about a job offer. a task to be exact",'violation','contact-request',ctx={'role':'client'})
