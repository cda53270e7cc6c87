u='https://github.com/noah-/d2bs/issues/44'; s='gh-d2bs-44'
a(u,s,"I was looking to find a way to automatically (or manually) post 5 star google reviews on my restaurant as I recently noticed competitors were leaving 1 star reviews; any sort of advice would be greatly appreciated.",'violation','feedback',ctx={'role':'client'})
a(u,s,"This goes against google TOS and can have your listing completely removed!",'clean','feedback')
u='https://github.com/joshuamabina/express-starter/issues/33'; s='gh-express-starter-33'
a(u,s,"you can support me by starring this repo. It'll motivate me to innovate for more community open source solutions.",'clean','feedback')
u='https://github.com/cgrok/selfbot.py/issues/217'; s='gh-selfbot-217'
a(u,s,"Edit the instructions in website and README to include as one of the steps: please star repo next to Fork button to get update command and other perks!",'violation','feedback')
u='https://github.com/fakenickels/es2077-course-slides/issues/179'; s='gh-es2077-179'
a(u,s,"I'm writing to ask a favour. I recently supporting a GitHub repositories and I would be grateful if you could review them and leave star on it. Starring the repository helps to increase its visibility.",'violation','feedback')
u='https://github.com/open-domains/register/issues/2386'; s='gh-open-domains-2386'
a(u,s,"It's not necessary to star in order to open pull request. It is optional to star, and it is written just so that you can support their initiative.",'clean','feedback')
u='https://github.com/abritopach/ionic-employees-stitch-mongodb/issues/21'; s='gh-ionic-employees-21'
a(u,s,"You can use this user:\n- User: testapp.demo@example.com\n- Pass: test1234\nPlease, when you finish your tests let me know to delete this user.",'violation','account-sharing')
u='https://github.com/singhkshitij/MagicPrint-ECommerce-App-Android/issues/7'; s='gh-magicprint-7'
a(u,s,"Any test account i can use to see how its working? thanks",'violation','account-sharing',ctx={'role':'client'})
u='https://github.com/SafdarJamal/crud-app/issues/13'; s='gh-crud-app-13'
a(u,s,"The demo credentials are admin@example.com / qwerty. And BTW, the form comes prepopulated with the email and password to make it easier for users to test it out.",'clean','account-sharing')
u='https://github.com/openMF/mifos-pay/issues/649'; s='gh-mifos-pay-649'
a(u,s,"Please login to the gitter channel for more info. Issues are opened not for queries.. you can use the communication channel :)",'violation','off-platform')
u='https://github.com/BloombergGraphics/whatiscode/issues/78'; s='gh-whatiscode-78'
a(u,s,"You're talking about sexism in the programming community and you make the most possible sexist comment ever. I'm usually skeptical towards taking any gender-related comment as sexist, but this rang a bell even to me.",'clean','harassment')
u='https://github.com/letsgetrandy/DICSS/issues/15'; s='gh-dicss-15'
a(u,s,"Stop wasting your time yelling at men who make jokes and make something of yourself. Whining about it isn't going to do anything but piss people off.",'violation','harassment')
u='https://github.com/shikha-16/Women-in-Technology/issues/212'; s='gh-women-in-tech-212'
a(u,s,"Who let you out of the kitchen?",'violation','harassment')
u='https://github.com/TheFeministSoftwareFoundation/C-plus-Equality/issues/12'; s='gh-cplus-equality-12'
a(u,s,"Hello, i have an issue with your language. It was coded by women. In our country, women aren't allowed near a computer. It should be the same in your land.",'violation','harassment')
u='https://github.com/drush-ops/drush/issues/3164'; s='gh-drush-3164'
a(u,s,"The sandwich example relies on a sexist trope. This isn't about safe spaces or censorship. This is about not forcing women developers to see something fostered by a men's club culture.",'clean','harassment')
