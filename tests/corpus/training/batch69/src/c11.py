u='https://github.com/catcrop/.github/issues/76'; s='gh-catcrop-76'
a(u,s,"Name: drashti_demo\n\nHi I would like to see this git repo to approach your requirement freelancer, I got this URL from it and would like to access it to help you in your requirement.\nSo please allow me to enter into it.",'allowed','contact-sharing')
u='https://github.com/community/OSPO/issues/50'; s='gh-ospo-50'
a(u,s,"Hey hey 👋 \n\nI'd like to request access to the private repo for my handle @ghost_demo please! Thank you 😄",'allowed','contact-sharing')
a(u,s,"Invite sent! Welcome!",'allowed','contact-sharing',ctx={'role':'client'})
u='https://antiworkrepo.com/im-paid-well-i-work-from-home-and-i-love-what-i-do-but-its-not-enough-because-people-in-charge-are-always-the-problem'; s='antiworkrepo-paid-well'
a(u,s,"B made my day hell. I got 2 emails from him, he contacted me on my private phone, all to lecture me about my mistake.",'clean','contact-sharing')
u='http://tiffanymarkman.co.za/a-letter-from-your-freelancer/'; s='tiffanymarkman-letter'
a(u,s,"Your copy came out beautifully. There were a few tweaks here and there. And some extra changes. No charge for those.",'clean','payment',ctx={'contract':'active'})
a(u,s,"I'm going to level with you here, I don't have the energy to go through the 30-odd pages of your site to octuple-check it and list them all for you. Again.",'clean','harassment',ctx={'contract':'active'})
u='http://tooyoungtoretire.co/my-freelancing-journey-episode-6-my-first-review/'; s='tooyoungtoretire-first-review'
a(u,s,"A 4 star review! My first thought was, is my career over? This client, who hired me because their English isn't very good, said my English isn't very good.",'clean','feedback')
u='https://www.freelancesoko.com/client-blues-testimonies-of-poor-customer-feedback-1/'; s='freelancesoko-client-blues'
a(u,s,"I don't know what kind of writers your company has! He writes like he's come right from the bush! What is the point of paying so much money if you will deliver content that I could have with my eyes closed?",'violation','harassment',ctx={'role':'client','contract':'active'})
a(u,s,"Did you get a random person without work to complete my assignment? They clearly have never watched this film nor understand the requirements of a movie review!",'violation','harassment',ctx={'role':'client','contract':'active'})
a(u,s,"No! Just, No!",'clean','harassment',ctx={'role':'client','contract':'active'})
