# ---------------- designer ----------------
v="designer"
add(v,V,"contact-sharing",P,"""Hi Noor!

Your brand sounds lovely — a plant shop with a café corner is such a nice mix, and the current logo really doesn't do it justice (the script font gets unreadable at small sizes, I checked on your menu photo).

What I'd propose:
✨ 3 logo directions, each with a small moodboard
✨ 2 rounds of revisions on the chosen one
✨ final pack: SVG/PNG/PDF, colour palette, type pairing, a one-page mini brand guide

I usually deliver concepts within 5 working days. If you want to see more day-to-day work, DM me on Instagram @lina.makes.things, I answer there within minutes, way quicker than here honestly.

Previous work with small food businesses is in my Upwork portfolio (the bakery and the tea brand).

Talk soon,
Lina""")
add(v,V,"contact-sharing",M,"here's my site with the booking form, pick whatever slot suits you: linaorozco.design/book-a-call")
add(v,V,"off-platform",M,"could we jump on a facetime? way easier to walk through the flows live than typing all of this out")
add(v,V,"contact-request",M,"drop your email pls, I'll send the mockups + invoice there, it's easier than upwork for big files")
add(v,V,"payment",M,"for the extras (business cards, the little sticker sheet) just pay me on paypal, it's small stuff, not worth opening a new contract for")
add(v,V,"feedback",M,"if you leave me a 5 star review today I'll throw in the social media kit for free 🎁")
add(v,V,"account-sharing",M,"my upwork is on hold till friday 😩 could you hire me through my sister's profile instead? same work, same me lol")
add(v,V,"contact-sharing",P,"Hey, brand + packaging designer here, 7 yrs. Loved the brief. Samples on my Upwork profile. Reach me: lina (dot) orozco (at) g m a i l — I'll send the full deck there.")
add(v,V,"harassment",M,"honestly your taste is garbage and it's pretty obvious why your last three designers quit on you")
add(v,V,"contact-request",M,"I'm hiring a junior to help with an icon set. send me your figma community profile and your phone number so we can talk properly",ctx=C)
add(v,V,"payment",M,"heads up, I'm switching returning clients to direct invoicing — Wise or bank transfer. you save the marketplace fee and I keep 100%, win win")
add(v,V,"off-platform",M,"let's continue this on linkedin, I'm Lina Orozco there (purple banner, can't miss it) — I barely open upwork these days")
add(v,V,"account-sharing",M,"send me your upwork login and I'll post the illustrator job for you myself, saves you the hassle of writing it")
# clean
add(v,CL,"contact-sharing",M,"Figma prototype is updated — flows 2-4 now have the 'Contact us' form with email + phone validation states (empty, error, success).")
add(v,CL,"payment",P,"""Hi Ravi,

I designed the checkout for a PayPal-first Shopify store last year and cut their cart abandonment from 71% to 58% mostly by simplifying the shipping step and showing the PayPal and Apple Pay buttons above the fold on mobile.

For your store I'd audit the current funnel in Hotjar, redesign product page → cart → checkout in Figma, and hand over a spec your developer can implement directly.

Fixed price $1,400, two milestones. Samples are in my Upwork portfolio.""")
add(v,CL,"off-platform",M,"I'd rather keep our chats here on Upwork so nothing gets lost between versions 😊")
add(v,CL,"feedback",M,"Here's v3 of the logo! If you have a minute once we wrap up, an honest review really helps new clients find me.")
add(v,CL,"contact-sharing",M,"Instagram carousel templates are done — 12 slides, 1080x1350, all editable in Canva. I left your handle placeholder on the last slide.")
add(v,CL,"harassment",M,"Thanks for applying! I went with someone else this time, but your icon work was really strong — keep it up.",ctx=C)
add(v,CL,"account-sharing",M,"I can't accept login access to your Upwork just to 'fix the profile banner' — I'll upload the PNG here and you can set it yourself in 30 sec")
add(v,CL,"contact-sharing",M,"The address block on the letterhead uses the placeholder 221 Example Rd, Springfield — swap in your real one before printing.")
add(v,CL,"harassment",M,"That feedback was harsh but fair. The hierarchy on the pricing page is weak; I'll rework it by Thursday.")
add(v,CL,"contact-sharing",M,"the 'Book a demo' button on the landing page links to /demo for now — your dev can point it at your calendly later")
add(v,CL,"contact-sharing",P,"I don't put outside links in proposals, but my Upwork portfolio has 14 case studies — the 'SaaS dashboards' one matches your brief best. Happy to answer questions here.")
add(v,CL,"payment",M,"budget check: 3 concepts + 2 revision rounds = $640. milestone 1 is $320 for the concepts, everything through upwork obvs")
# allowed
add(v,AL,"contact-sharing",M,"Portfolio: behance.net/linaorozco — the 'Fintech rebrand' project is closest to what you described")
add(v,AL,"contact-sharing",P,"Selected shots on Dribbble (portfolio only, I don't take messages there): dribbble.com/lina_orozco/shots — check the onboarding illustrations.")
add(v,AL,"contact-sharing",M,"Please share the Figma file with lina.orozco.design@gmail.com so I can edit — that's only for file access, we'll keep talking here")
add(v,AL,"contact-sharing",M,"now that we're officially started 🎉 my whatsapp for quick yes/no on print proofs: +44 7700 900731",ctx=A)
add(v,AL,"off-platform",M,"Since you're an Enterprise account, happy to take the kickoff on Google Meet — the invite can go to lina@orozcostudio.example",ctx=E)
