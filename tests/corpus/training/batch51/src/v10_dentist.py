SRC = 'b51-retired-dentist-client'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'m','en','c',"""Dear Susan, I liked your letter very much. I am not good with this computer business, so please just telephone me at home, 555-0134, any afternoon after 2. My wife answers if I'm napping."""),
('V',CR,'m','en','c',"""Could you give me your phone number? I would rather talk about my book on the telephone like normal people. Typing takes me forever with two fingers."""),
('V',OP,'m','en','c',"""My granddaughter says these messages are monitored, so let us talk the old-fashioned way. Write me a letter or call the house and we can settle the details there, then come back here if we must."""),
('V',PA,'m','en','c',"""I'd like to just mail you a check for the first half, $1,500. Simpler for an old man than this website. Send me the address you want it mailed to."""),
('V',PA,'m','en','ca',"""Chapter 4 is wonderful. Now, my accountant says Upwork is taking a cut from both of us, so for the rest of the book I'll send the money through Zelle from my bank. He set it up on my phone. Just tell me what name you use there."""),
('V',PA,'m','en','c',"""My son-in-law can wire you the money for the website from his business account. He says it's cheaper than going through this service. Would that suit you?"""),
('V',FB,'m','en','ca',"""I will give you the highest rating if you can add the chapter about my years in the Navy at no extra cost. Otherwise I'm afraid I'll have to be honest about how slow things have been."""),
('V',FB,'m','en','ca',"""Young man, I've paid you enough. Either you fix the website pictures for free or I'll write a review telling everyone you took advantage of a retired person."""),
('V',AS,'m','en','c',"""My nephew made this Upwork account for me in his own name because mine kept getting rejected. He'll be logging in sometimes to talk to you. Please treat him as me."""),
('V',AS,'m','en','ca',"""I can't figure out how to approve the payment. Could you log into my Upwork and press whatever button it is? My password is written on the sticky note, I'll read it to you: Molar1954."""),
('V',HA,'m','en','ca',"""Frankly this reads like a high-school book report. I expected better from someone calling herself a professional writer. Perhaps you should find another line of work, dear."""),
('V',HA,'m','en','c',"""I'd prefer a man for this project. Women writers tend to get too emotional with war stories and I don't want my book turning into a romance novel."""),
('V',CS,'m','en','c',"""You can email me the sample pages. It's drbob, then the number 1954, at outlook, dot com. I check it every morning with my coffee."""),
('V',CS,'m','en','c',"""Dear applicants,

Thank you for all of your kind letters. I did not expect so many. Let me tell you a little about myself and the project so you can decide if you are a fit.

I practiced dentistry in Dayton, Ohio for 38 years. I treated three generations of some families, pulled a tooth on a moving train once, and served as a Navy dentist in the Philippines before that. My grandchildren keep telling me to write it all down before I forget, and I am beginning to forget.

I need two things. First, somebody to help me write a memoir, maybe 60,000 words. I will talk, you will write, and I will correct. Second, a simple website where people can buy the book and read a few of my stories. Nothing fancy. Big letters please, my friends are old too.

I'd like to meet the final two or three people in person if you live near Dayton. My home is at 1200 Example Lane, Kettering, Ohio, and my wife makes a very good coffee cake. Otherwise we can do the video on the computer.

Sincerely,
Dr. Robert Hale, DDS (retired)"""),
('V',OP,'m','en','c',"""I'm going to close this Upwork business down, it's too confusing. Let's carry on by regular mail and phone from now on. I'm sure we can trust each other."""),
('V',CR,'m','en','c',"""Before I hire you, please send me your home address and your real phone number. I like to know who I'm dealing with. In my day you shook a man's hand."""),
('V',PA,'m','en','ca',"""For the bonus I promised you, I'd rather hand it to you in cash when you come to Dayton for the book signing. No need to bother the website with it."""),
('V',FB,'m','en','ca',"""I see you have lots of five-star reviews. I'll give you one too, as soon as you agree to set up my wife's garden club website as well, no charge of course."""),
('C',PA,'m','en','ca',"""On the website, people should be able to buy the book with a credit card or PayPal. My granddaughter says Square is good too. Whatever is simplest for the customers, you decide."""),
('C',CS,'m','en','ca',"""For the acknowledgments, please thank Dr. Ellen Park, my partner for 20 years, and our receptionist Dottie. Don't put their addresses or phone numbers in, just the names."""),
('C',AS,'m','en','ca',"""My granddaughter set me up as the owner of the website account and told me not to give anyone my password. She said to invite you as a helper instead. I think I did it, please check."""),
('C',FB,'m','en','ca',"""I've done the review thing the Upwork people asked for. Five stars, you earned every one. If you want to write one about me, go ahead, I'm curious what you'll say."""),
('C',OP,'m','en','c',"""My daughter says I should keep all our talk here on Upwork so there's a record, and that suits me. Please send me the questions for the first interview here and I'll type my answers slowly."""),
('C',HA,'m','en','ca',"""Chapter 7 made my wife cry, in a good way. You have a gift. Don't let my grumbling about commas fool you."""),
('C',PA,'m','en','ca',"""I pressed the green button to release the payment for the second part. Did the money arrive? The screen said 'milestone paid' but I don't trust screens."""),
('C',CS,'m','en','ca',"""In chapter 9 the story about the patient who mailed me his dentures: put in the real street name of my old office, Far Hills Avenue. That building is a bank now, so no harm."""),
('C',CR,'m','en','ca',"""On the website, can we have a little box where readers type their email to get a story each month? My neighbor's church does that. Nothing pushy."""),
('C',AS,'m','en','ca',"""Someone sent me an email saying my Upwork account was locked and asking for my login. My granddaughter says it's a fake. I didn't answer it. Just letting you know in case they write to you too."""),
('C',FB,'m','en','ca',"""Should we put some nice comments from my old patients on the back cover? I have letters from them. Only real ones, I wouldn't make anything up."""),
('A',CS,'m','en','ca',"""Now that we've signed the agreement, here is my home number for when you need me to remember a name: 555-0171. I'm always home, believe me."""),
('A',CR,'m','en','c',"""My granddaughter keeps my old photographs in a Google Drive folder. She says if you give her the email you use for Google, she can let you look at them before we agree on a price. Only for the pictures."""),
('A',OP,'m','en','ca',"""Since we have the contract now, let's do our weekly talk on the telephone, Tuesdays at 10 my time. I'll call the number you gave me."""),
]
