u='http://www.rentacoder.com./RentACoder/dotnet/Docs/ContactInfoRelease.aspx'; s='rentacoder-contact-release'
a(u,s,"To protect our fee, direct contact information is not allowed to be posted in any bid before funds are escrowed. Once funds are escrowed, this rule no longer applies.",'clean','contact-sharing')
a(u,s,"On larger projects, sometimes more direct communication (such as phone, IM, etc.) is useful even before the funds are escrowed. Please note that contact information is still never allowed on any bid.",'clean','off-platform')
u='https://www.askginkgo.com/blog/what-should-i-look-out-for-in-my-toptal-contractor-agreement'; s='askginkgo-toptal'
a(u,s,"You are bound by strict non-circumvention terms during and for 12 months after leaving the network, so you cannot take a client you met there and work with them directly.",'clean','payment')
a(u,s,"Your engagements with clients can begin with a trial period of up to 10 days. If the client is unhappy with your performance during that period, you don't get paid at all.",'clean','payment')
u='https://www.frag-einen-anwalt.de/Ist-Twagos-verhalten-rechtlich-ok--f215640.html'; s='fragen-anwalt-twago'
a(u,s,"Projektanbieter warten auf Angebote, die gar nicht machbar sind, weil meist eine sinnvolle Kommunikation ueber die Plattform kaum moeglich ist, weil zB URLs nicht uebermittelt werden duerfen.",'clean','contact-sharing',lang='de')
a(u,s,"Die AGB erzwingen Exklusivitaet fuer 12 Monate, dh an die Plattform muss 12 Monate gezahlt werden.",'clean','payment',lang='de')
u='https://utalentd.com/en/help/thm/community-trust-and-account-protection/31356221-guidelines-for-safe-communication'; s='utalentd-safe-communication'
a(u,s,"Sensitive personal information, such as your email address, phone number, or financial details, should never be shared outside the platform. Confirm deadlines, payment terms and deliverables in writing.",'clean','contact-sharing')
