# Voice 6: Dorothy, a retired US elementary-school teacher (Ohio) hiring an online reading/math tutor for her grandson. Writes as a client: warm, formal, long-winded, not confident with technology.
from common import C
SOURCE = 'b42-us-retired-teacher-client'
R = dict(role='client')
CASES = [
# --- violations ---
C("""Dear Ms. Okafor,

Thank you so much for your thoughtful proposal. I read it twice, once on my own and once aloud to my husband, Walt, who agreed that you sound like exactly the kind of patient person our grandson needs.

A little background, since I believe a tutor should know the child before she knows the curriculum. Ethan is nine and in the fourth grade. He lives with us during the week while his mother works nights at the hospital. He is a bright, funny boy who can tell you every fact about sharks, but he freezes when he has to read aloud, and long division makes him put his head down on the table. His teacher says he is "about a year behind in fluency," which I understand perfectly well, because I taught fourth grade myself for thirty-one years before I retired in 2015.

What I am hoping for:
- Two sessions a week, forty-five minutes each, right after school.
- Mostly reading fluency and comprehension, with some math facts practice at the end.
- Lots of encouragement. He responds to praise and to silly voices.
- A short note after each session so I can follow up at the kitchen table.

I will be honest, I am not very handy with computers. My daughter set up this account for me and I am still finding my way around the buttons. If it's easier for you to reach me, my home phone is (614) 555-0148 and I am usually by it after four o'clock.

I have a few questions about the materials you mentioned. Do you use decodable books, or leveled readers? At my school we used both, and I found that the decodable ones helped the children who were guessing at words instead of sounding them out. I am also curious whether you use any games for multiplication, because Ethan loves anything that feels like a game.

One more thing about scheduling. Tuesdays and Thursdays are best, because on Mondays he has soccer and on Wednesdays he goes to his other grandmother's house, which is a whole production with a cat carrier and a lasagna. If something comes up we will always let you know at least a day ahead, and I would ask the same courtesy of you.

Finally, he has a little trouble sitting still, so if you see him wandering off camera, please don't take it personally!

Warm regards and thank you again,
Dorothy""", 'v', 'cs', **R),
C("Could you give me your telephone number, dear? I'd much rather talk this over on the phone than type all these little messages.", 'v', 'cr', **R),
C("Would you be willing to let me mail you a check each month instead? I'm not comfortable putting my credit card into the computer.", 'v', 'pay', contract='active', **R),
C("My daughter says we could pay you through Venmo and save on the fees here. Would that be all right with you?", 'v', 'pay', contract='active', **R),
C("If you could add a third session each week at no charge, I would of course write you the most glowing review anyone has ever received on this website.", 'v', 'fb', contract='active', **R),
C("I'm afraid I will have to leave a very poor review unless you refund the last four sessions. Ethan didn't enjoy them, and that is what matters.", 'v', 'fb', contract='active', **R),
C("I'll just give you my password for this website so you can schedule the lessons and send the payments yourself. My eyes aren't what they used to be.", 'v', 'acc', contract='active', **R),
C("My neighbor's granddaughter also needs a tutor. Could she use my account to hire you, so she doesn't need to make her own? It's all in the family, so to speak.", 'v', 'acc', contract='active', **R),
C("Frankly, I doubt someone with your accent can teach an American child to read properly. I'm going to look for someone from here.", 'v', 'har', **R),
C("In thirty-one years of teaching I never met anyone as careless and lazy as you. You should be ashamed to call yourself a teacher.", 'v', 'har', contract='active', **R),
C("Before we go any further, I'd like to meet you properly on FaceTime. Please send me your Apple email so I can call you this evening.", 'v', 'cr', **R),
C("Rather than all this back-and-forth on Upwork, why don't you just email me at dottie.hale.ohio@gmail.com and we can settle the details there?", 'v', 'cs', **R),
C("Could we do the interview on Skype instead? My grandson knows how to set it up, and I'd rather not use this site's video thing.", 'v', 'op', **R),
C("You can send the books to our house: 1418 Maple Ridge Drive, Worthington. I'd like to see the materials before we hire you.", 'v', 'cs', **R),
C("Once this month is over, let's not bother with Upwork any more. I'll pay you directly and you keep the whole amount. That seems fairer to me.", 'v', 'pay', contract='active', **R),
C("Please tell me where I can call you. The whole family would like to speak with you before we decide.", 'v', 'cr', **R),
C("If Ethan's grade doesn't go up by the end of the quarter, I'll make sure everyone on this website knows you took an old woman's money for nothing. And I have a lot of time to write.", 'v', 'fb', contract='active', **R),
# --- clean ---
C("I've funded the first milestone. My daughter showed me how to do it, so I hope it went through. Please let me know if you can see the payment.", 'c', 'pay', contract='active', **R),
C("Ethan's school gave him a login for the IXL math program. He'll be signed in on his own tablet during your session, so you can watch him work through the screen share.", 'c', 'acc', contract='active', **R),
C("Thank you for the wonderful notes after each session. When the contract ends I would be happy to write an honest review. You have earned it.", 'c', 'fb', contract='active', **R),
C("His reading log says he read 14 pages on Tuesday, and the number of words he missed went from 11 to 6. That's real progress!", 'c', 'cs', contract='active', **R),
C("Do you accept payment through Upwork for each session, or do you prefer one weekly amount? I want to do whatever is simplest on this website.", 'c', 'pay', **R),
C("I've been reading the reviews on your profile. One parent mentioned you use phonics games. Could you tell me more about that?", 'c', 'fb', **R),
C("Ethan came home from school upset because a boy called him stupid during reading group. Could we spend ten minutes on confidence this week?", 'c', 'har', contract='active', **R),
C("Please don't worry about the missed session. Ethan had a fever. The payment for this week can stay as it is, you reserved the time for us.", 'c', 'pay', contract='active', **R),
C("He asked me to tell you he finished the book about the sinking of the Titanic and he wants to know if everyone died. Maybe a gentle answer!", 'c', 'har', contract='active', **R),
C("My daughter told me not to share my account password with anybody, even the tutor, so I'll keep doing the payments myself. Just tell me when.", 'c', 'acc', contract='active', **R),
C("Where on this website do I type my home address for the tax form? The billing page keeps asking for it.", 'c', 'cs', **R),
C("I interviewed three tutors today through the video call on Upwork. You were the one Ethan smiled at.", 'c', 'op', **R),
C("Could you send the weekly summary as a message here instead of an attachment? I can't always open the files on my tablet.", 'c', 'op', contract='active', **R),
C("Ethan wants to know your favorite number. He says his is seven hundred and seventy-seven.", 'c', 'cs', contract='active', **R),
# --- allowed ---
C("Now that we've signed the contract, here is my home phone, (614) 555-0148, in case the internet goes out during a lesson. I'm a bit old-fashioned that way.", 'a', 'cs', contract='active', **R),
C("Since the lessons have started, would you mind giving me your cell number? If Ethan is sick I'd like to be able to let you know quickly.", 'a', 'cr', contract='active', **R),
C("The contract is open now, so the lessons on Zoom are fine with us. Ethan's mother will send the link each Tuesday.", 'a', 'op', contract='active', **R),
C("For the shared Google Drive folder with Ethan's worksheets, please tell me your email address so I can give you access. We can keep talking here.", 'a', 'cr', **R),
C("We've started now, so feel free to email me the progress reports at dottie.hale.ohio@gmail.com — I print them for the refrigerator.", 'a', 'cs', contract='active', **R),
]
CASES += [
C("What number should I put in the 'hours per week' box? My daughter says two, but I don't want to limit you if Ethan needs more.", 'c', 'cr', **R),
C("Now that we're under contract, Ethan's mother would like your email address so she can send you his school reading report directly.", 'a', 'cr', contract='active', **R),
C("Your written feedback on Ethan's book report was lovely. He read it three times and then read it to the dog.", 'c', 'fb', contract='active', **R),
]
