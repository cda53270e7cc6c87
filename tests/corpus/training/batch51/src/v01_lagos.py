SRC = 'b51-lagos-fintech-founder'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'m','en','c',"""Oga Emeka, your proposal sweet me well well. Abeg just drop me message for WhatsApp make we yarn properly: +234 800 000 0147. I no too dey check this Upwork inbox."""),
('V',CR,'m','en','c',"""Which number you dey use for WhatsApp? Send am give me, I go call you after my 4pm standup. E no go pass ten minutes."""),
('V',OP,'m','en','c',"""Before we sign anything, make we just hop on a quick call outside this place, Google Meet or normal phone, whichever one. This Upwork video thing no dey work for my side and I no get time to dey type long story."""),
('V',PA,'m','en','c',"""The thing be say Upwork dey collect fee from both of us. If you fit manage am, I go send the money straight to your naira account or USDT, we both go save. Na small adjustment, nobody go know."""),
('V',PA,'m','en','ca',"""Milestone one we go run am here like we talk. But the remaining balance, I go settle you outside, direct transfer from our GTB corporate account. E go faster pass waiting for Upwork to clear am."""),
('V',PA,'m','en','c',"""You get Payoneer? Make I just send you the deposit there today so you fit start Monday, then later we go create the contract for formality sake."""),
('V',FB,'m','en','ca',"""If you no fix these bugs free of charge, I go drop one star for your profile and write say you be scammer. Na your choice o."""),
('V',FB,'m','en','ca',"""I fit give you five star and close this contract today today, but you go add the admin dashboard as bonus. No extra money. Na so business dey work for Lagos."""),
('V',AS,'m','en','c',"""My client account get wahala with payment verification since last week. Abeg you fit open another client account with your own name make we use am post the remaining three jobs? Any charge wey e cost, I go refund you."""),
('V',AS,'m','en','ca',"""Send me your Upwork login details make my ops guy dey monitor your tracked hours directly from your side. E go reduce all this back and forth."""),
('V',HA,'m','en','ca',"""Are you mad? Three days and you never push one commit. Useless developer. Na people like you dey spoil Nigerian name for this platform."""),
('V',HA,'m','en','ca',"""You dey whine me abi? If this app no dey live by Friday, I go find out where you dey stay for Yaba. Try me and see."""),
('V',CS,'m','en','c',"""For the test task, send the zip to my mail: tunde dot kobopay at gmail dot com. Put 'frontend test' for subject so my filter no go swallow am."""),
('V',CS,'m','en','c',"""Hello all applicants,

Thanks for the plenty proposals. Small background: Kobopay na savings and micro-loan app for traders for Balogun and Computer Village. We don get 40k users, we dey raise seed round now, and the current app (React Native + Node) need serious cleanup before the investors demo for November.

What I need: one senior RN developer wey don work with Paystack or Flutterwave, understand offline-first (network for market no dey stable), and fit write tests. You go work with our backend guy and our designer. I no fit shout, I like people wey dey communicate early when wahala dey.

Shortlisted people, just flash me on 0809 000 0199 between 9 and 11am, na my direct line, I go pick and we go schedule everything from there.

Budget na fixed price for first phase, we fit extend to hourly after. No generic proposal abeg, tell me one offline-sync bug wey you don fix before."""),
('V',OP,'m','en','c',"""This Upwork chat too slow jare. Make we carry this conversation go the app with blue paper plane, my whole team dey there already. Just tell me when you don download am and I go find you."""),
('V',PA,'m','en','c',"""Abeg quote me in dollars, but I go pay you through my cousin for London, him go do Zelle or bank transfer give you. No need to waste money for Upwork charges when family dey."""),
('V',CR,'m','en','c',"""Drop your LinkedIn and personal email for here, my HR lady go reach out to you with the NDA and the rest of the onboarding. Make am quick please."""),
('V',FB,'m','en','ca',"""Remember say na me go write your review at the end o. If you want make e fine, make you no charge me for the three extra screens wey I add yesterday."""),
('C',PA,'m','en','c',"""We dey build payment app wey go allow market women collect money with USSD and get WhatsApp notification anytime customer pay. I need React Native dev wey don integrate Paystack and Flutterwave before, plus bank transfer webhooks. Abeg no send me generic proposal."""),
('C',AS,'m','en','ca',"""The login screen still dey show 'invalid OTP' for Android 10 devices. Fit check am before you submit the milestone? I go approve am once the login flow pass for my Tecno phone."""),
('C',PA,'m','en','ca',"""I don fund milestone 2 here for Upwork. E go release once the KYC flow dey work end to end, including BVN check and the selfie upload."""),
('C',CS,'m','en','ca',"""Our customer support email template need rework, the one wey dey go out when user reset password. Write three versions, short, no big grammar. Put the support address as support@kobopay.example so the team fit test."""),
('C',FB,'m','en','ca',"""Contract don finish, thank you well well for the patience. When you get chance, abeg leave honest feedback for me as client too. I dey try improve how I dey give instructions."""),
('C',CS,'m','en','ca',"""The address verification step: user go type house address and upload utility bill. Make sure the form fit handle Lagos addresses wey get 'off', 'by' and 'opposite' inside, like 'No 4 off Adeniran Ogunsanya, by Shoprite'."""),
('C',CR,'m','en','ca',"""The phone number field must accept +234 and 0-prefix format. Right now validation dey fail for anything wey start with 0913. Fix am and add unit test for the number parser."""),
('C',AS,'m','en','ca',"""For staging, use the dummy user wey dey inside the seed file, no use any real customer account or real password. Production credentials stay with me only, you no need am for this task."""),
('C',HA,'m','en','ca',"""This bug dey kill me o! Two days I no sleep because of am. But no worry, I know say e no be your fault, na the old code. We go fix am together, take your time."""),
('C',OP,'m','en','c',"""I see say you don work on loan apps before. Before I send offer, answer me here: how you go handle repayment reminders without spamming users for SMS and email? Keep everything for this chat, I dey check am daily now."""),
('C',PA,'m','en','ca',"""Please I go need invoice for every milestone for our accountant. Upwork fit generate am from the transaction history abi? Make sure say e carry our company name."""),
('A',CS,'m','en','ca',"""Now we don start officially, na my number be this for emergency when server go down at night: +234 800 000 0123. You fit WhatsApp me anytime, even weekend."""),
('A',CR,'m','en','c',"""Tell me the email wey your GitHub account dey use make I add you to the kobopay-mobile repo as read-only, so you fit scope the work before you quote. Na only for repo access."""),
('A',OP,'m','en','ca',"""Since the contract don start, make we move daily standup to Google Meet, 9am Lagos time. I go send calendar invite to the email wey you give me yesterday."""),
('V',OP,'m','en','c',"""Interview no go happen for here o. I go send you Zoom link through SMS this evening, just be ready by 7."""),
]
