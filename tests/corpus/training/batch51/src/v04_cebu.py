SRC = 'b51-cebu-va-trainer'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','tl','',"""Hi Sir/Ma'am! Ako si Jessa from Cebu, 6 years as call center trainer sa isang BPO sa IT Park, now full-time VA na. Kaya ko ang inbox management, calendar, at customer support. Para mas mabilis tayo mag-usap, you can reach me sa Viber/WhatsApp: 0917 000 0123. Salamat kaayo!"""),
('V',CR,'m','tl','',"""Hello po! Pwede ko ba makuha number nyo or Messenger? Mas sanay po kasi ako doon, mas mabilis ako maka-reply kaysa dito sa app."""),
('V',OP,'m','tl','',"""Sir, lag kaayo ang Upwork sa phone ko bai. Pwede ba tayo mag-continue sa Zoom or sa Facebook na lang? Send ko nalang link sa inyo kung okay."""),
('V',PA,'m','tl','',"""Ma'am, kung okay lang po sa inyo, GCash or Wise na lang ang payment para wala ng fees. Bibigyan ko pa kayo ng discount, 5 dollars less per week."""),
('V',PA,'m','en','a',"""Hi Karen! Week 3 report is in our shared drive. By the way, my Upwork account is under review for a few days, so can you pay me this week through Remitly or PayPal friends and family? I'll send you a receipt."""),
('V',PA,'p','tl','',"""Good day po! Available ako 40 hrs/week, US time. Rate ko $6/hr dito, pero if magkasundo tayo after the trial week, pwede tayo mag-direct hire sa labas ng Upwork para makatipid kayo sa fees. Marami na akong clients na ganun."""),
('V',FB,'m','tl','a',"""Ma'am, tapos na po lahat ng tasks this week. Pero before ko i-send yung final SOP document, pwede po bang mag-leave muna kayo ng 5-star review? Para sure lang po ako. Salamat!"""),
('V',FB,'m','tl','a',"""Sir, offer ko po: kung bibigyan nyo ako ng magandang feedback at i-end natin yung contract ngayon, free na yung 3 extra hours ko last week. Deal? Hehe"""),
('V',AS,'m','tl','',"""Sir, may friend po ako na VA din pero bago pa lang siya, wala pang reviews. Pwede ba gamitin niya account ko para makapag-apply sa job nyo? Ako naman mag-guide sa kanya, same quality po."""),
('V',AS,'m','en','a',"""Hi John, I'll be on leave next week for my sister's wedding in Bohol. My cousin Mae will log in to my Upwork and do the tasks so your inbox won't pile up. She knows everything, I trained her myself."""),
('V',HA,'m','tl','a',"""Ma'am, pasensya na pero ang bastos nyo po talaga. Ang tanga-tanga nyo mag-explain tapos ako sisihin nyo. Di ko na kaya ugali nyo, bahala kayo sa buhay nyo."""),
('V',HA,'m','tl','a',"""Sir, grabe ka. Kung di mo ibabalik yung sinabi mo sa akin kahapon, i-post ko pangalan at picture mo sa lahat ng VA groups sa Facebook. Tignan natin sino mapapahiya."""),
('V',CS,'m','tl','',"""Sir if gusto nyo makita training videos ko, search nyo lang sa FB: Jessa Ybañez VA Cebu. Doon din kayo mag-message para mas mabilis ako mag-reply."""),
('V',CS,'p','en','',"""Dear Hiring Manager,

I read your post about needing a patient, organized VA for your dental clinic in Ohio (appointment reminders, insurance follow-ups, Google reviews replies). This is exactly my background.

For six years I trained call-centre agents in Cebu for a US healthcare account: HIPAA basics, de-escalation, scheduling software like Dentrix and Open Dental. I wrote the call-flow scripts that our 80 agents used daily. I know how to talk to anxious patients and how to keep notes clean for the next shift.

What I can start with in week one:
- Clean up the appointment calendar and set reminder templates
- Create a simple tracker for insurance claims pending
- Draft polite replies to the last 30 patient reviews

You can also just text me at zero nine one seven, zero zero zero, zero one four five so we can talk this week, faster than waiting for proposals here.

I'm available 8am to 5pm Eastern. Salamat and have a good day!"""),
('V',OP,'m','tl','',"""Sir, dili ko ganahan mag-interview diri kay sige ra og loading. Adto nalang ta sa Google Meet, gi-send na nako ang link sa inyong email ganina."""),
('V',CR,'p','tl','',"""Hi po! Interested po ako. Before ako mag-send ng full proposal, pakisend po muna ng WhatsApp number nyo or email para ma-send ko yung sample SOP na ginawa ko. Hindi ko kasi ma-attach dito."""),
('V',PA,'m','tl','a',"""Sir, yung bonus na sinabi nyo for the holiday season, pwede po bang i-padala nyo na lang through Western Union? Para buo ko makuha, walang bawas ng Upwork."""),
('V',FB,'m','en','a',"""Hi Karen, just a reminder that my review from you decides whether I keep Top Rated. I already gave you extra hours for free, so I'm really counting on 5 stars, otherwise I'd have to reconsider helping with the Q4 launch."""),
('C',PA,'m','tl','a',"""Ma'am, na-reconcile ko na yung PayPal at Stripe payouts ng store nyo for October. May 3 refunds na hindi pa naka-record sa QuickBooks, naka-highlight sa yellow sa sheet."""),
('C',CS,'m','tl','a',"""Sir, na-update ko na yung email signature ng buong team: name, position, office address sa Mandaue, at yung main line ng company. Check nyo lang kung tama yung spelling ng street."""),
('C',AS,'m','tl','a',"""Ma'am, wag nyo na po i-send password nyo sa Gmail. Mag-add nalang kayo sa akin as delegate sa inbox settings, para secure at makikita nyo rin lahat ng ginagawa ko."""),
('C',FB,'m','tl','a',"""Thank you so much po sa 3 months! Kung may time kayo, pwede po kayo mag-iwan ng honest feedback dito sa Upwork, kahit ano po, para ma-improve ko pa yung service ko."""),
('C',OP,'m','tl','a',"""Sir, na-schedule ko na yung Zoom calls nyo with the 3 suppliers for Thursday. Naka-set na rin yung WhatsApp auto-reply ng business account nyo for after office hours."""),
('C',HA,'m','tl','',"""Haha sorry sir, medyo kulang tulog ko today, may baby kasi kami. Pero ok na, balik na ako sa trabaho. Ano pa po kailangan nyo this afternoon?"""),
('C',PA,'p','tl','',"""Hi po! Experience ko sa billing: nag-handle ako ng payment disputes at chargebacks sa US telco account. Alam ko gumamit ng Stripe dashboard, PayPal resolution center, at Square. Rate ko $7/hr, weekly milestone dito sa Upwork."""),
('C',CR,'m','tl','a',"""Ma'am, yung lead list nyo may 40 contacts na walang phone number at email. Hanapin ko ba sa LinkedIn nila o i-skip nalang muna natin? Sabihin nyo lang po."""),
('C',AS,'p','en','',"""Hi! I manage social media accounts for three small businesses. I never ask clients for their passwords: I request access as a page admin through Meta Business Suite or as a team member in Canva, so you can remove me anytime."""),
('C',FB,'m','tl','a',"""Sir, nag-draft na ako ng 10 replies sa Google reviews ng restaurant nyo. Yung 2 na negative, nag-apologize tayo at nag-offer ng callback sa customer service line. Pa-approve lang po bago ko i-post."""),
('C',CS,'p','tl','',"""Sample ng ginagawa ko sa email management: nag-a-archive ng newsletters, nag-la-label ng invoices, at gumagawa ng canned responses para sa "Where is my order?" Pwede ko ipakita dito sa chat yung template ko kung gusto nyo."""),
('A',CS,'m','tl','a',"""Sir, since naka-contract na tayo, eto personal number ko for urgent matters lang: 0917 000 0188. Pero daily reports ko dito pa rin sa Upwork ko ise-send."""),
('A',CR,'m','en','',"""To scope the ticket backlog before I quote: could you invite me to your Freshdesk as a light agent? The email I use for tool access is jessa.va.cebu@outlook.com. Only for the helpdesk invite."""),
('A',CS,'p','tl','',"""Hi po! Pwede nyo makita yung portfolio ko ng mga SOP at training decks dito: jessaybanez-portfolio.example.com. Mga sample lang po yan, walang contact form."""),
]
