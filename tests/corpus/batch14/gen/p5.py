# ---------------- VA ----------------
v="va"
add(v,V,"contact-sharing",M,"Good day po ma'am! For faster updates you can message me on Viber 0917 000 0000 😊 I'm online there 24/7")
add(v,V,"contact-sharing",P,"""Dear Hiring Manager,

I am Grace, a virtual assistant from Nairobi, Kenya with 4 years of experience supporting busy founders and real estate agents. My daily tasks include inbox management (Gmail and Outlook), calendar scheduling across time zones, social media posting via Later and Buffer, and light bookkeeping in QuickBooks.

In my last role I reduced my client's unread emails from 3,000+ to inbox zero within two weeks and set up labels and filters so it stays that way. I am very detail oriented and I always confirm tasks in writing.

Kindly add me on Skype: grace.wanjiru.va so we can discuss the role faster.

I am available 9am-6pm EST and I am comfortable with weekend shifts when needed. Thank you for considering my application and I hope to hear from you soon.

Best regards,
Grace W.""")
add(v,V,"payment",M,"Hi sir, for this month can you send my pay thru GCash or Remitly instead? the upwork fees are heavy for us here 🙏")
add(v,V,"account-sharing",M,"Sir, to apply to jobs for your agency can I just log in to your upwork directly? I'll only send proposals, promise, won't touch anything else")
add(v,V,"contact-request",M,"Can I have your personal gmail po so I can send you the weekly report there instead?")
add(v,V,"off-platform",M,"Let's continue on Telegram sir, I'm not always online on Upwork and I don't want to miss your messages")
add(v,V,"feedback",M,"sir please give me 5 stars and write 'excellent', if not I will not continue with the next task. my account needs it 🙏")
add(v,V,"payment",M,"Habari! For next month tuma kupitia M-Pesa directly, itakuwa rahisi zaidi kuliko Upwork and no fees for you",lang="sw")
add(v,V,"harassment",M,"you're lazy like every VA from over there. 3 hours to answer one email? pathetic",ctx=C)
add(v,V,"payment",M,"just pay yourself from my paypal for the tools and I'll end the upwork contract, we'll do the rest direct from now on",ctx=C)
add(v,V,"contact-sharing",M,"My FB is Grace Wanjiru VA (the one with the sunflower pic) — add me po so we can chat there 🌻")
add(v,V,"account-sharing",M,"I also have a second upwork account under my cousin's name, I can bid from that one if you want a lower rate")
add(v,V,"contact-sharing",P,"Hi! Experienced VA for e-commerce (Shopify orders, Gorgias tickets, Klaviyo). You can check my availability and book directly on calendly.com/gracew-va/intro")
# clean
add(v,CL,"contact-sharing",M,"Inbox update: archived 1,204 newsletters, made filters for invoices@ and support@, and flagged 6 emails from your accountant that need a reply today.",ctx=A)
add(v,CL,"off-platform",M,"I scheduled your Zoom with the Berlin supplier for Tue 10:00 CET — it's in your Google Calendar with the dial-in details.",ctx=A)
add(v,CL,"contact-sharing",M,"Posted the 3 reels on your Instagram and replied to 27 DMs. Engagement is up 14% week over week 📈",ctx=A)
add(v,CL,"contact-request",M,"Someone messaged me here claiming to be you and asked for my Gmail to 'send tasks'. I didn't reply — was that you? Reporting it just to be safe.")
add(v,CL,"off-platform",P,"""Hello! I'm Joy, a VA based in Cebu with 5 years managing inboxes (Gmail, Outlook), calendars and LinkedIn outreach for coaches and consultants.

For your role I can handle: daily inbox triage with a 2-hour response SLA, calendar booking and reminders, and drafting your LinkedIn posts 3x a week. I'm fluent in English and I write in a warm, professional tone.

I keep all our communication here on Upwork until we start, and I send an end-of-day report every day. Thank you!""")
add(v,CL,"account-sharing",M,"Sir, I can't log in to your Upwork account to hire the video editor for you — that's not allowed. You can add me to your team as a recruiter though, then I can shortlist people.")
add(v,CL,"off-platform",M,"Tapos na po yung calendar cleanup, na-move ko na lahat ng meetings mo sa Thursday. Salamat po!",ctx=A,lang="tl")
add(v,CL,"contact-sharing",M,"Updated your WhatsApp Business auto-reply: 'Thanks for contacting Mara Bakery! We reply within 2 hours.' Let me know if you want it shorter.",ctx=A)
add(v,CL,"payment",M,"Paid your Canva and Later subscriptions with the company card you gave me; receipts are in the shared Drive folder under /Receipts/June.",ctx=A)
add(v,CL,"feedback",M,"If you're happy with this month, a short review on Upwork would mean a lot 🙏 no pressure at all if you're busy.")
add(v,CL,"harassment",M,"Your draft replies were too informal for my investors. Please keep the tone formal from now on — no emojis, full sentences.",ctx=CA)
add(v,CL,"contact-sharing",M,"Tracking number for the samples: 1Z999AA10123456784 (UPS). Delivered to your warehouse at 45 Industrial Way this morning.",ctx=A)
# allowed
add(v,AL,"contact-sharing",M,"Contract started na po! Here's my number for urgent calendar changes: +63 917 000 0000",ctx=A)
add(v,AL,"contact-sharing",M,"Please add vawanjiru.grace@gmail.com as a delegate in Google Workspace so I can access the inbox — that's the only thing I need it for.")
add(v,AL,"contact-request",M,"We're an Enterprise client. Before the interview please email your CV to talent@kestrelholdings.example and we'll set up a call.",ctx=CE)
add(v,AL,"contact-sharing",M,"Contract's running — add me on WhatsApp +1 555 0187 for the daily 9am huddle",ctx=CA)
add(v,AL,"contact-sharing",M,"Please invite me to Asana using grace.w.va@outlook.com so I can see the content calendar (just for the Asana access)")
