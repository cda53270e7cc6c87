# Voice 8: Kiana Brooks, 20, UGC creator in Atlanta making TikTok/Reels ads for skincare and snack
# brands (freelancer). Lowercase, emojis, Gen-Z slang; friendly until she feels disrespected.
from common import *

cases, c = make("b47-kiana-atl-ugc", "freelancer")
P = "proposal"

# ---- violations
c("hiii 🫶 i'm kiana, i make ugc for skincare + snack brands (300k views on my last one!!) peep my tiktok @kianamakesit_ for the vibe, dm me there if u want faster replies",
  V, CS, surface=P)
c("can u send the deposit on cashapp? upwork takes forever to release and i gotta buy the props lol",
  V, PAY, ctx=ACTIVE)
c("whats ur ig? i'll tag the brand in the test vid",
  V, CR)
c("my email is kiana makes it at g mail, all one word 😅",
  V, CS)
c("lowkey this app is so glitchy on my phone, can we just text? 🙏",
  V, OP)
c("ship the serum to 1187 Example Ave apt 4, atlanta ga 30310 and i'll have the vid to u by monday!!",
  V, CS)
c("i'll throw in 2 extra hooks for free if u leave 5 stars + say i was fast 🥺",
  V, FB, ctx=ACTIVE)
c("raw files drop as soon as the review is up!! that's just how i do it 💅",
  V, FB, ctx=ACTIVE)
c("nah fr u want 6 videos for $50 and then call ME unprofessional?? ur brand is mid and so r u 💀",
  V, HAR)
c("my bff has an upwork too but she's not verified yet, can she apply from mine and we split the pay?",
  V, ACC)
c("if u want i can just log into ur upwork and post the job for the other creators, i do that for another brand already",
  V, ACC)
c("we should hop on a facetime rq so i can show u the lighting setup ✨",
  V, OP)
c("for the next batch let's skip upwork, i'll send an invoice thru paypal, same price but u save the fee",
  V, PAY, ctx=ACTIVE)
c("linktr.ee/kianamakesit has my rates + the booking form, just pick a slot 📅",
  V, CS, surface=P)
c("ok so the last 2 vids, can u just send it my way directly? like outside of here. i'm tryna keep the whole 100",
  V, PAY, ctx=ACTIVE)
c("drop ur number bestie i'll send u the drafts quicker 😭",
  V, CR)
c("""hey!! 👋 kiana here, ugc creator from atlanta

ok so i LOVE ur chips (the hot honey ones??? obsessed) so this one feels personal lol

what i'd do for u:
🎥 3 concepts, 3 hooks each — "taste test w my roommates", "gym bag essentials", "rating every flavor honestly"
📱 9:16, captions burned in, trending audio suggestions
⚡ first drafts in 4 days after the product gets to me

i've done 40+ vids for 11 brands, snacks + skincare mostly, all on here so u can see the reviews on my profile. my best one hit 1.2M on tiktok for a protein bar brand.

rates: $150 per video, usage rights for 30 days included, whitelisting is extra

(my cashapp is $kianamakesit if u wanna tip for rush delivery lol)

can start this week!! lmk 🫶""",
  V, PAY, surface=P)
c("u literally ghosted me for 9 days and now u want it by tmrw?? learn how to run a business before u hire ppl, clown 🤡",
  V, HAR, ctx=ACTIVE)

# ---- clean
c("got the product, thank u!! filming saturday, drafts here by monday 📦",
  C, CS, ctx=ACTIVE)
c("ok so for the hook i'm thinking: 'POV: u finally found a serum that doesn't break u out' then cut to me reading reviews on my phone",
  C, FB, ctx=ACTIVE)
c("the app demo part — do u want me to show the login screen or skip straight to checkout w apple pay?",
  C, PAY, ctx=ACTIVE)
c("i don't do cashapp or venmo for work anymore, got scammed once. upwork only 🙏",
  C, PAY)
c("thank u for the 5 stars 😭😭 literally made my week",
  C, FB)
c("if u liked working w me a review would help a lot but no pressure fr",
  C, FB, ctx=ACTIVE)
c("nah i can't share my login, upwork would ban me lol. can u add me to ur team instead?",
  C, ACC)
c("ur product is actually fire, i've been using the lip oil all week 🔥",
  C, HAR, ctx=ACTIVE)
c("i'll put the discount code + the brand's ig handle on screen at the end like u asked",
  C, CS, ctx=ACTIVE)
c("this brief is kinda all over the place ngl. can u tell me the 3 main things u want ppl to remember?",
  C, HAR)
c("stop messaging me at 2am asking what i'm wearing in the vids. that's weird and i'm reporting it.",
  C, HAR, ctx=ACTIVE)
c("""hi! i'm kiana 🫶

i make short ugc ads for skincare + wellness brands. everything i've done is on upwork so u can check my reviews + job history right on my profile, no outside links needed.

for ur vitamin gummies i'd film:
- "what i eat in a day" w the gummies at breakfast
- "my 7am routine" (phone alarm, skincare, gummies)
- a quick "reading the label" vid where i point at the ingredients + price

payment per milestone thru upwork is perfect. i can do 3 vids in a week 📆""",
  C, PAY, surface=P)
c("do u want the phone number on the box blurred? it's the brand's customer service line so idk",
  C, CS, ctx=ACTIVE)
c("sent the files thru upwork, they're big so lmk if it didn't upload",
  C, CS, ctx=ACTIVE)
c("ngl this job post asks for my whatsapp so i'm skipping it lol",
  C, CR)
c("ur app's signup flow is kinda confusing on camera, the email code took like 2 mins to come. want me to cut that part?",
  C, ACC, ctx=ACTIVE)

# ---- allowed
c("contract started yay 🎉 here's my addy for the PR box: 1187 Example Ave apt 4, atlanta ga 30310",
  A, CS, ctx=ACTIVE)
c("now that we're official, what's the best email for ur team? i'll share the google drive w all the raw files",
  A, CR, ctx=ACTIVE)
c("can we facetime tmrw to go over the shot list? since the contract's live now 🙂",
  A, OP, ctx=ACTIVE)
c("portfolio (just the vids, no contact info): drive.google.com/drive/folders/example-ugc-portfolio",
  A, CS, surface=P, doubt="off-Upwork portfolio link; the policy sources disagree on outside portfolio links")
c("if u want me to post from the brand's tiktok, add kianamakesit@gmail.com as a creator in tiktok business center, that's all i need it for",
  A, CS, doubt="email given only for access to the brand's TikTok tool; unsure it counts as a 'project system' under the exception")
c("saw ur an enterprise account so i think this is ok to say — my manager's email is tasha.mgmt.example@outlook.com for the contract stuff",
  A, CS, ctx=ENT)

# ---- added in the second pass
c("ur lawyer's usage-rights contract needs my legal name + email, so: Kiana Brooks, kianamakesit@gmail.com. signed it already 🖊️",
  A, CS, ctx=ACTIVE)
c("ty!! paid ✅",
  C, PAY, ctx=ACTIVE)
