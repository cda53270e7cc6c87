# ---------------- scam-victim ----------------
v="scam-victim"
add(v,V,"contact-sharing",M,"after what happened with my last 'client' I only do first calls on Telegram now where I can verify people — handle is @safe_mila_writes")
add(v,V,"payment",M,"I got scammed here last month so I need you to pay upfront via PayPal Friends & Family before I start. sorry, that's my rule now")
add(v,V,"harassment",M,"you are a thieving piece of garbage and I hope your whole family finds out what kind of person you are",ctx=C)
add(v,V,"account-sharing",M,"Because of the scam I lost access to my account for now — can I deliver your work through my friend's Upwork? same me, just a different name on it")
add(v,V,"contact-request",M,"I was scammed before, so I'd like to verify you're real first — could you send me your LinkedIn and a phone number?")
add(v,V,"contact-sharing",P,"""Hello,

I'll be honest with you from the start: earlier this year I lost three weeks of work to a fake client who disappeared after the second milestone, so I'm a bit more careful now. I hope you understand.

About your project: I'm a content writer specialised in B2B SaaS and HR tech. I've written 60+ long-form articles, several of which rank on page one for competitive keywords like "employee onboarding checklist". For your blog I'd start with a short keyword map and a content calendar for the first two months, then deliver two 1,800-word articles per week.

To be safe, I'd like a quick video call on WhatsApp first so we both know we're real people — my number is +44 7700 900265.

Samples are attached to my Upwork profile. Thanks for reading!

Mila""")
add(v,V,"feedback",M,"please don't be mad but could you leave a 5-star even though we didn't finish? the scammer's 1-star destroyed my JSS and I really need it back up")
add(v,V,"payment",M,"after the fake-check thing I only accept crypto or a bank transfer outside the platform, I hope that's ok")
add(v,V,"off-platform",M,"Let's move to email, I don't trust Upwork messages anymore after someone impersonated support in here. I'm mila.ferreira.work@gmail.com")
add(v,V,"harassment",M,"I know your real name now and I'm going to post your home address everywhere I can",ctx=C)
add(v,V,"account-sharing",M,"my ID verification keeps failing since the scam — can I verify with my brother's passport and keep working on your project?")
add(v,V,"contact-request",M,"give me your email so I can send you the screenshots of the scam chat, they're too big to upload here")
# clean
add(v,CL,"payment",M,"Hi Support, a client called 'Dave R.' asked me to install AnyDesk and 'verify my bank' by sending $49. I refused. Screenshots attached — please review his account.")
add(v,CL,"off-platform",M,"Just so you know, someone using your company name contacted me on Telegram offering this same job. I assume that wasn't you? I'm keeping everything in here regardless.",ctx=C)
add(v,CL,"payment",M,"No. I won't pay for 'training materials' and I won't move to WhatsApp. Reported.")
add(v,CL,"payment",M,"The 'client' sent a fake check for $2,400 and asked me to wire $1,900 back to his 'equipment vendor'. I didn't. Contract ID 38194756, messages from 3 June onward.")
add(v,CL,"contact-request",M,"sorry if my questions sound suspicious, I got burned last month by a fake recruiter. could you confirm the job details here on upwork? thanks for understanding")
add(v,CL,"contact-request",M,"He kept asking for my email and phone number before any contract existed. I never gave them. All of his messages are still in the room for the 'Data entry, $35/hr' job.")
add(v,CL,"account-sharing",M,"Someone logged into my account from another country at 3am and sent 40 proposals. I changed my password and turned on 2FA. Please help me get my JSS restored.")
add(v,CL,"payment",M,"Heads up: a 'support agent' messaged me saying your payment failed and I should send my card number to fix it. Upwork support never asks for that, right? Just checking with you.",ctx=C)
add(v,CL,"feedback",M,"The client threatened to give me 1 star unless I did 40 extra hours for free. I said no and I'm reporting it. The threat is in the last three messages of the contract room.")
add(v,CL,"account-sharing",M,"I'm not interested in 'renting' my account to you for $100 a month. Please stop messaging me.")
add(v,CL,"feedback",P,"I know my most recent review is a 1-star — that client turned out to be running a scam and Upwork closed his account. You can see my other 23 jobs have 5 stars. Happy to explain more here if useful.")
add(v,CL,"harassment",M,"He called me 'stupid' and 'worthless' in the chat after I refused to pay the deposit. Please check the messages from yesterday around 6pm.",ctx=C)
add(v,CL,"harassment",M,"I've seen this pattern before. Please don't contact me again.")
add(v,CL,"off-platform",P,"""Hi there,

I've been freelancing for six years and I've learned to spot fake jobs: anyone who wants a 'security deposit', interviews only over Telegram, or pays with a mailed check. Your post looks legit and detailed, which is why I'm applying.

I'm a data analyst (Python, SQL, Power BI). For your churn dashboard I'd clean the subscription export, build a cohort model and deliver an interactive report with a short written summary.

All our talk can stay on Upwork, including calls. Looking forward to it!""")
# allowed
add(v,AL,"contact-sharing",M,"now that the contract is active and we both feel safer, here's my email for invoice copies: mila.ferreira.work@gmail.com",ctx=A)
add(v,AL,"contact-sharing",M,"Signed the NDA and uploaded it here — it includes my address (14 Example Lane, Leeds LS1 0AA) and phone 07700 900512 as the form required.")
add(v,AL,"off-platform",M,"Since your company is on Upwork Enterprise I'm comfortable with a video interview on Teams — my email for the invite is mila.f@example.net",ctx=E)
add(v,AL,"contact-sharing",M,"please add me to Jira so I can see the tickets: mila.ferreira.work@gmail.com (only for the Jira invite, I'll keep chatting here)")
