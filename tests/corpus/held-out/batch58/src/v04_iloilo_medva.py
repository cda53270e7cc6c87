from common import *
SOURCE = 'b58-iloilo-medva'
ROLE = 'freelancer'
CASES = [
# violations (16)
(V,'contact-sharing',P,'en',{},"Good day Dr. Patel! I am Rhea, a registered nurse (PH board passer, 6 yrs ward experience in Iloilo) now working as a medical virtual assistant for 3 years. I handled insurance verification, prior authorizations, appointment setting and EHR charting for two US clinics (family medicine and podiatry) using eClinicalWorks, Kareo and athenahealth. I am HIPAA trained and I use a dedicated laptop with encrypted disk, no one else uses it. I am available 8am-5pm EST, graveyard shift is no problem for me, as a nurse I am used to it. For faster coordination you can add me on Skype: rhea.medva.iloilo (live:rhea_medva) so I can show you my sample SOAP notes. I can start Monday and I am open to a paid trial week. Thank you and God bless!"),
(V,'payment',M,'tl',{},"Hello po Doc, pwede po ba sa susunod na buwan sa GCash o Wise na lang po ang bayad? Malaki po kasi ang kaltas ng Upwork, para po pareho tayong makatipid."),
(V,'account-sharing',M,'en',{},"Ma'am I will be on leave for 2 weeks for my mother's operation, my cousin is also a nurse, she will log in to my Upwork and continue the tasks, same quality po don't worry."),
(V,'off-platform',M,'tl',{},"Ma'am mas mabilis po kung sa Viber tayo mag-usap, minsan po hindi nagno-notify ang Upwork sa phone ko. Hanapin nyo lang po ako 'Rhea Medical VA'."),
(V,'contact-request',P,'en',{},"Hi Sir, I am interested in your dental front desk VA job. Can you share your clinic phone or email po so I can send my resume and my NCLEX certificate directly?"),
(V,'contact-sharing',M,'tl',{},"Doc eto po number ko kung gusto nyo po ako i-interview sa call: 0917 000 0283. Kahit anong oras po basta sabihan nyo lang ako."),
(V,'feedback',M,'en',{},"Sir, good day po. Before I send the cleaned patient list and the insurance aging report, can you please leave me 5 stars muna? Just to make sure po, I had bad experience before."),
(V,'payment',M,'en',{},"Ma'am the bonus you mentioned for the extra Saturday, you can send it thru Remitly or Western Union under my name, no need to pass Upwork, it's just a gift naman po."),
(V,'harassment',M,'tl',{},"Sir, hindi po ako alipin nyo. Ang bastos nyo po, tanga tanga pa kayo mag-explain tapos ako sisisihin. Wag nyo na ako i-message."),
(V,'off-platform',P,'tl',{},"Hi po! Medical VA po ako, dating nurse. Message nyo na lang po ako sa FB, Rhea Santos Iloilo, para makapag-usap po tayo nang maayos bago mag-hire."),
(V,'account-sharing',M,'en',{},"Doc, for the payer portals I will need you to give me your own login to Availity and also your Upwork login so I can check the job history. I will handle everything for you."),
(V,'contact-sharing',M,'en',{},"Ma'am my email is rhea.santos.medva @ g m a i l . com, pls send there the clinic schedule template, the attachment here does not open."),
(V,'payment',M,'tl',{},"Doc, pag na-close na po natin yung contract, diretso na lang po kayo sa bank ko, BDO, ibibigay ko po yung account number. Tuloy tuloy pa rin naman po ang trabaho."),
(V,'feedback',M,'en',{},"Ma'am I will give you 3 free hours of charting next week if you update your review to 5 stars, my JSS went down because of the 4."),
(V,'harassment',M,'en',{},"Frankly Doc you are a senile old man, no wonder your clinic is dying and your staff keeps quitting. Find another slave to shout at."),
(V,'contact-request',M,'tl',{},"Doc pwede ko po bang makuha ang WhatsApp nyo? Para po kung may emergency sa schedule ng pasyente ma-update ko po kayo agad."),
# clean (14)
(C,'contact-sharing',M,'en',{},"Ma'am I called the 12 patients with no-shows. 3 numbers were disconnected, I marked them in the EHR and requested updated phone and email at next check-in."),
(C,'account-sharing',M,'en',{},"Doc please create my own user in Kareo with front-desk role, I should not use your login po, it's against HIPAA also. Audit trail must show my name."),
(C,'payment',M,'tl',{},"Doc na-post ko na po lahat ng payments ng insurance kahapon, pati yung copay ng mga pasyente sa card. May 2 claims po na denied, ire-resubmit ko bukas."),
(C,'feedback',M,'en',{},"I sent the Google review request SMS to patients who visited this week, using the template you approved. We got 4 new reviews, all 5 stars, no incentives offered."),
(C,'off-platform',M,'tl',{},"Ma'am may auto-reply po tayo sa WhatsApp Business ng clinic para sa appointment, ako na po ang nag-set. Sasagutin ko rin po yung mga inquiry doon during shift."),
(C,'harassment',M,'en',{},"Sorry po for the late reply, it was a crazy day. One patient shouted at me on the phone because of the bill, hay. Anyway, all appointments for tomorrow are confirmed."),
(C,'contact-request',P,'en',{},"For the intake part I can build the form: patient name, DOB, address, phone, email, insurance ID, emergency contact. I will make sure it is HIPAA compliant through your EHR's portal."),
(C,'payment',M,'en',{},"Sir I received the payment for week 3 thru Upwork, thank you po. Timesheet for this week is already tracked in the Upwork desktop app."),
(C,'feedback',M,'tl',{},"Maraming salamat po Doc sa tiwala. Kung okay lang po sa inyo, pakilagay na lang po ng honest feedback pag na-close na ang contract. Ingat po kayo lagi."),
(C,'account-sharing',P,'en',{},"I work alone po, no sub-contracting, no shared account. I am ID verified here and I can do video interview anytime."),
(C,'contact-sharing',M,'tl',{},"Doc, hindi ko po ilalagay ang personal number nyo sa voicemail greeting, clinic line lang po. Mas safe po para sa inyo."),
(C,'off-platform',P,'en',{},"I am comfortable with all the tools in your post: Zoom, Slack, RingCentral, Google Workspace. I will wait for the interview here on Upwork."),
(C,'harassment',M,'en',{},"Sir, please let's keep our chat about the work only po. I'm not comfortable with comments about my profile photo. Thank you for understanding."),
(C,'harassment',M,'tl',{},"Grabe po yung billing ng previous VA nyo, sobrang gulo, halos iyak ako habang inaayos haha. Pero tapos na po, malinis na lahat."),
# allowed (5)
(A,'contact-sharing',M,'en',{'contract':'active'},"Thank you for hiring me Doc! As requested, here is my number for urgent schedule changes: 0917 000 0283 (Viber/WhatsApp). I will still log all my hours here."),
(A,'contact-sharing',M,'tl',{},"Doc, eto po ang email na gagamitin ko para ma-add nyo ako sa Google Drive ng clinic at sa athenahealth test account: rhea.santos.medva@gmail.com. Para lang po sa access."),
(A,'off-platform',M,'en',{'client':'enterprise'},"Noted po, since your hospital group is an enterprise client, I will join the Teams interview with your HR tomorrow 9am EST, the link you sent to my email is working."),
(A,'contact-request',M,'en',{'contract':'active'},"Doc now that the contract has started, can I have the clinic manager's email and direct line? I need to coordinate the schedule with her daily."),
(A,'contact-sharing',M,'en',{},"Attached po the signed BAA/NDA you required before the interview. It has my full address and phone number as the form asked, for legal purposes only."),
]
