u='https://github.com/andoriyaprashant/OpSo/issues/189'; s='gh-opso-189'
a(u,s,"Hi Admin,\n\nI'm interested in contributing to your project. I've been following your work and believe my skills align well. You can find my portfolio here: (https://sites.google.com/view/ui-demo-portfolio) and LinkedIn (https://www.linkedin.com/in/mehr-demo/)\n\nThanks",'violation','contact-sharing','proposal')
u='https://github.com/projectcaluma/caluma/issues/270'; s='gh-caluma-270'
a(u,s,"Hey there, I am on a mission to build my graphic design portofolio, if you need a logo, I will gladly making one for you. cheers.",'clean','contact-sharing','proposal')
u='https://github.com/Sn8z/Poddr/issues/70'; s='gh-poddr-70'
a(u,s,"I'm a graphic designer and I'm looking over nice apps/projects who have a logo that can be improved. If you are interested please respond here or contact me on radim.demo@gmail.com\n\nHere is my instagram profile where you can see my recent work: https://www.instagram.com/rad_demo93/",'violation','contact-sharing','proposal')
a(u,s,"Thanks for the kind words! I've actually been thinking about the logo. I will close this issue and send a mail your way asap as I think your instagram looks really good!",'violation','off-platform',ctx={'role':'client'})
u='https://github.com/tom472/mediabox/issues/48'; s='gh-mediabox-48'
a(u,s,"I'd like to ask some questions before starting, your answers will help me to deliver a better product: What's the name that should be displayed on the logo? How would you describe this project? What would you like this logo to transmit?",'clean','contact-request')
u='https://github.com/BigRedBot/NeverwinterInvokeBot/issues/177'; s='gh-neverwinter-177'
a(u,s,"Trying to sell my account, 21 chars, tons of gear, stones 14s, maxed out toons etc. email for details.",'violation','account-sharing')
u='https://github.com/finndev/PokeBuddy/issues/1333'; s='gh-pokebuddy-1333'
a(u,s,"Sell id 30lv, 28lv, 26lv, 25lv. Inside pokemon random, interest please email to: ehuat.demo@hotmail.com ask to better offer. thanks",'violation','account-sharing')
a(u,s,"lmao kys dude",'violation','harassment')
u='https://github.com/EdenServer/community/issues/3706'; s='gh-edenserver-3706'
a(u,s,"buy some gil for as low as 1m/1$! paypal payment safe and instant! add discord for more info: large_demo#7167",'violation','payment')
u='https://github.com/CraftingStore/Suggestions/issues/778'; s='gh-craftingstore-778'
a(u,s,"Currently, PayPal transactions only contain the package name, so any customer can simply claim that they did not receive the item. Each transaction should include the player's in-game name and UUID.",'clean','payment')
u='https://github.com/fleetdm/fleet/pull/19890'; s='gh-fleet-19890'
a(u,s,"We want to use our NDA whenever possible and should always offer to send ours. If a customer has no objections to using our NDA, we can route this NDA to them for signature using the NDA template in DocuSign.",'allowed','contact-sharing',ctx={'role':'client'})
u='https://github.com/Timeqube/core/issues/50'; s='gh-timeqube-50'
a(u,s,"NDAs signed by Pavel and Tomasz are in the Google Drive \"Legal\" -> \"NDAs signed\" folder, with Jakub we wait for him to come back.",'clean','contact-sharing',ctx={'role':'client','contract':'active'})
