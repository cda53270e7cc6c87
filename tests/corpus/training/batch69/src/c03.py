u='https://github.com/deromafilossali/MNA/issues/1'; s='gh-mna-1'
a(u,s,"What you have to do is to: Attend and pass all rounds of technical interviews on behalf of our candidates. Join and participate in daily stand-up meetings once hired.",'violation','account-sharing')
a(u,s,"If there's a technical assessment, I can either train you for it or handle it myself on your behalf. Then, we'd split the salary (80 me and my team / 20 you) based on our involvement.",'violation','account-sharing')
u='https://github.com/Sheekovic/1XBetCrash-Prediction/issues/57'; s='gh-1xbet-57'
a(u,s,"Thank you for reaching out and for considering me for this opportunity. That said, I'm not comfortable participating in interviews or job roles on behalf of others, as it goes against my personal and professional values.",'clean','account-sharing')
u='https://github.com/gamemann/Misc/issues/1'; s='gh-gamemann-misc-1'
a(u,s,"So if you agreed with this kind of collaboration, your responsibility would be conducting interviews with clients and managing communications since you're a US developer, and all the other stuffs like searching and coding would be on my side. Even if we split 50 to 50, it would be more beneficial.",'violation','account-sharing')
a(u,s,"You know, this is not a job offer or a hiring process, its a special collaboration. US clients are less likely hire overseas developers due to the work visa, cultural stuff and so on.",'violation','account-sharing')
u='http://www.peopleperhour.com/static/terms/terms'; s='pph-terms'
a(u,s,"All payments for work completed must go via the platform unless it has given its express written permission; attempts to pay outside will lead to sanctions not limited to immediate account suspension. Users must immediately report any offers to pay outside.",'clean','payment')
a(u,s,"Sellers must not request payment upfront before work has been completed. Buyers must pay within the 7 day payment terms.",'clean','payment')
u='https://fistcock.com/Navigating-the-World-of-Freelance-Fraud--Protecting-Freelancers-on-Guru-and-Similar-Platforms'; s='careercruise-guru-fraud'
a(u,s,"If a client asks for work before making a deposit, it is highly suspicious and can be indicative of a scam.",'clean','payment')
u='https://geoseeker.id/rules/'; s='geoseeker-rules'
a(u,s,"Strictly forbidden: make agreements outside related to projects by offering transactions directly, such as transferring directly to worker/freelancer accounts without going through the platform accounts.",'clean','payment')
a(u,s,"Strictly forbidden: creating multiple accounts or fake accounts; giving excessive or demeaning comments to others.",'clean','account-sharing')
u='https://www.best-global-support.com/en/-Freelancer-Policies/'; s='bgs-freelancer-policies'
a(u,s,"You should not share your contact information such as email, phone number, or Skype ID in your profile.",'clean','contact-sharing')
a(u,s,"You should have only one account per user. You should not share or duplicate your account in any way. Your account cannot be transferred or sold to other users.",'clean','account-sharing')
u='https://www.dramaticblogger.com/freelancing/work-with-more-privacy-on-guru-com-make-transactions-private/'; s='dramaticblogger-guru-private'
a(u,s,"If both parties agree to make a job private, no transaction will show on the freelancer account, and both parties will not be able to leave feedback for each other.",'clean','feedback')
