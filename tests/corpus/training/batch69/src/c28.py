u='https://github.com/raivo-otp/ios-application/issues/368'; s='gh-raivo-otp-368'
a(u,s,"Hey everyone, one thing we can do to make the new developer be punished by their actions is to review the app at 1 star and to report it in the store.",'violation','feedback')
a(u,s,"I think we should all try and fuck them back as much as possible. I hope they get deleted from the face of the earth.",'violation','harassment')
u='https://github.com/connectbern/stayinginbern/issues/135'; s='gh-stayinginbern-135'
a(u,s,"Bad review on hostel world: understand what went wrong - contact the person ask them to remove it - get more people to leave a good review",'violation','feedback')
u='https://github.com/adam-p/markdown-here/issues/921'; s='gh-markdown-here-921'
a(u,s,"Buy Verified Negative Google Reviews. We provide 100% grammar & spelling checked, non-drop, convenient, and customer influencing reviews. 24 hours reply.",'violation','feedback')
u='https://github.com/latofonts/lato-source/issues/42'; s='gh-lato-source-42'
a(u,s,"I can increase this to any number of five-star reviews you want, 100% real reviews, and of course, you have the option to write the reviews you want me to add along with the 5-Star rating. PS: Free samples are available.",'violation','feedback')
u='https://github.com/dnsimple/dnsimple-support/issues/866'; s='gh-dnsimple-support-866'
a(u,s,"Based on my research, sending invitations was one of the most effective ways to get users to leave a review. There are two basic forms of invitations - manual and automatic.",'clean','feedback')
u='https://github.com/UnMars/Prolific-Joiner/issues/36'; s='gh-prolific-joiner-36'
a(u,s,"I'm not sure you understand what proxies are used for. Using proxies in this case is completely pointless and will lead to your account being placed on hold instantly.",'clean','account-sharing')
u='https://github.com/devonmaxwell/Buy-Verified-Cash-App-Accounts/issues/16'; s='gh-devonmaxwell-16'
a(u,s,"Positive Yelp reviews can significantly improve your business's visibility and credibility. Buying elite Yelp reviews can give your business a much-needed boost, helping you stand out among competitors.",'violation','feedback')
