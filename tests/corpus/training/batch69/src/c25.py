u='https://github.com/OCA/e-commerce/pull/1097'; s='gh-oca-ecommerce-1097'
a(u,s,"By enabling customer reviews in the e-commerce app, we can encourage partners to review products and gain gift points and awards. This module is based on the gamification app.",'clean','feedback')
u='https://github.com/trybeans/Issues/issues/24'; s='gh-trybeans-24'
a(u,s,"Retailers would like to reward customers when they post a review on a product. Make the rule \"Write a product review and get x beans\" available with an integration to Shopify and Woocommerce reviews.",'clean','feedback')
u='https://github.com/git-goods/gitanimals/issues/199'; s='gh-gitanimals-199'
a(u,s,"💥 Product Hunt Upvotes To Boost Your Post RANK\n📣 Lets Promote It Now. Ten percent storewide with coupon code. Contact us in live chat or Telegram.",'violation','feedback')
u='https://github.com/getredash/redash/issues/2617'; s='gh-redash-2617'
a(u,s,"It's a myth that started with theories on how HN works. Even in ProductHunt's official guide they suggest direct linking :) They just ask that you don't ask for upvotes.",'clean','feedback')
u='https://github.com/refined-github/refined-github/issues/594'; s='gh-refined-github-594'
a(u,s,"We're on Product Hunt. Help vote us up 👍👍👍 You can find the submission on the newest page (you might need to scroll down).",'clean','feedback')
u='https://github.com/RobertsLab/resources/issues/885'; s='gh-robertslab-885'
a(u,s,"Do you know the login credentials for TeamViewer? I think you were the one who originally installed/used it?",'violation','account-sharing',ctx={'contract':'active'})
a(u,s,"I sent Jo the most recent PW that i had, from 2017. Didn't want to post here.",'violation','account-sharing',ctx={'contract':'active'})
u='https://github.com/thevindu-w/clip_share_server/issues/14'; s='gh-clip-share-14'
a(u,s,"Hello there,\n\nI would like to share a contact of my AnyDesk Address Book with you (1 555 365 234). AnyDesk is an easy to use Remote Desktop application and works without installation.",'violation','contact-sharing')
u='https://github.com/aviator-predictor/aviator-predictor/issues/70'; s='gh-aviator-70'
a(u,s,"Thief scammer. You will die terrible death. I promise you that so soon.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/aviator-predictor/aviator-predictor/issues/46'; s='gh-aviator-46'
a(u,s,"Scammer thieves. He doesn't care how people suffers. I swear if he dies because of you I will bewitch you. You will not like it, that is a promise.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/aviator-predictor/aviator-predictor/issues/25'; s='gh-aviator-25'
a(u,s,"you will not see heaven .scammer\na thief he is stealing from poor people",'violation','harassment',ctx={'role':'client'})
u='https://github.com/HackersZen1/WebForce/issues/20'; s='gh-webforce-20'
a(u,s,"Scammer ( I won't stop you know 😂 keep on deleting it I will text back and spread the truth)",'violation','harassment',ctx={'role':'client'})
