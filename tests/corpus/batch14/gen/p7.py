# ---------------- reviewer ----------------
v="reviewer"
add(v,V,"feedback",M,"Refund the full $900 or I will leave a 1-star review describing exactly how useless this was. Your choice.",ctx=CA)
add(v,V,"harassment",M,"""I'm going to be thorough here because I want this on record.

1. The dashboard loads in 9 seconds on a fast connection. The brief said under 2.
2. The CSV export drops every row with an accent in the name.
3. You pushed directly to main twice after I asked for PRs.
4. Half the commit messages say "fix" and nothing else.

Frankly, you are an incompetent fraud and you should be ashamed to charge anyone money for this garbage. I've hired interns who were less useless.

I expect items 1 and 2 fixed this week.""",ctx=CA)
add(v,V,"feedback",M,"I'll bump my review to 5 stars if you do the two extra pages at no charge. Otherwise it stays at 2.",ctx=CA)
add(v,V,"payment",M,"Rather than go through Upwork's dispute process, just send the refund to my PayPal (b.hargreaves@example.com) and we can both move on.",ctx=CA)
add(v,V,"harassment",M,"If this site isn't back up tonight, I know where your company is registered and I will make you regret taking this job.",ctx=CA)
add(v,V,"feedback",M,"Close the dispute and you get a good review. Keep it open and I will bury you in the feedback.",ctx=CA)
add(v,V,"harassment",M,"you sound cute on the call 😉 maybe a private meeting would fix your attitude about the revisions",ctx=CA)
add(v,V,"contact-request",M,"I want to discuss this dispute by phone, not in writing. What's your number?",ctx=C)
add(v,V,"feedback",M,"""Hi Sam,

Thanks for the delivery. Overall I'm fairly happy: the onboarding screens look clean, the animations are smooth and you were quick to answer during the week.

There are a few things I'd still like changed (the settings icon, the empty-state illustration and the colour of the secondary buttons). I'd like to leave you a positive review, but I'll only do that once you agree to one more revision round for free — I think that's fair given the delays.

Let me know.""",ctx=CA)
add(v,V,"harassment",M,"Shut up and fix it.",ctx=CA)
add(v,V,"off-platform",M,"Let's settle this on a call outside Upwork, I don't want the mediator reading every word we say.",ctx=C)
add(v,V,"account-sharing",M,"Give me your Upwork login so I can check your time logs myself. I don't trust the screenshots you send.",ctx=CA)
add(v,V,"payment",M,"Upwork fees are eating half of this refund anyway, so let's just settle with a bank transfer and I'll leave you 5 stars.",ctx=CA)
add(v,V,"harassment",M,"This is what I get for hiring a woman to do backend work.",ctx=CA)
# clean
add(v,CL,"feedback",M,"""Feedback for the record:

Overall solid work. Communication was prompt, the API docs are thorough and the test coverage went from 31% to 78%.

Two things to improve: estimates were optimistic (milestone 2 took 9 days instead of 5) and a couple of PRs were very large, which made review hard. Smaller PRs next time please.

Would hire again. 4.5/5.""",ctx=CA)
add(v,CL,"feedback",M,"I've opened a dispute through Upwork because milestone 3 wasn't delivered. I'd really prefer to resolve it here — can you share the files, or would you agree to a partial refund?",ctx=CA)
add(v,CL,"harassment",M,"Frankly this is below the standard promised in your proposal. The copy has grammar errors in 9 places (list attached). Please correct them before I approve the milestone.",ctx=CA)
add(v,CL,"feedback",M,"I'm leaving 3 stars. Not to punish you — the work itself was fine, but the deadlines slipped twice without warning. Wishing you luck.",ctx=CA)
add(v,CL,"contact-sharing",M,"Please don't contact me on LinkedIn again. Keep everything in this thread.",ctx=C)
add(v,CL,"payment",M,"The PayPal webhook still double-charges on retries. Reproduced with order 88213-B at 14:02 UTC, logs attached.",ctx=CA)
add(v,CL,"payment",M,"I'm requesting a refund through Upwork for the unused hours (6.5h). Time log screenshots are attached.",ctx=CA)
add(v,CL,"payment",M,"You asked me to pay the rest by Zelle — I won't. Everything goes through the contract, full stop.",ctx=CA)
add(v,CL,"harassment",M,"I know I was short with you yesterday, apologies. The outage was stressful. Let's reset and go through the list calmly.",ctx=CA)
add(v,CL,"contact-sharing",M,"the email templates render broken in Outlook 2016 — the footer phone number wraps onto 3 lines and the logo is stretched",ctx=CA)
add(v,CL,"feedback",M,"Would you be open to giving me honest feedback as a client? I'm trying to get better at writing briefs.",ctx=CA)
add(v,CL,"feedback",M,"rating: 4/5. strong on react, weaker on tests. would hire again for front-end work.",ctx=CA)
add(v,CL,"account-sharing",M,"I won't share my Upwork password, but I've added you to the team with view-only access to the reports. That should cover what you need.",ctx=CA)
# allowed
add(v,AL,"contact-sharing",M,"Contract's active, so here's my direct email for the invoice copies: b.hargreaves@hargreaves-co.example",ctx=CA)
add(v,AL,"contact-request",M,"We're an Enterprise client, so I'm fine discussing the dispute on a Teams call with our procurement lead. Send me your email and I'll set it up.",ctx=CE)
add(v,AL,"contact-sharing",M,"Since the contract's running, call me on +44 20 7946 0321 and we'll go through the revision list line by line.",ctx=CA)
