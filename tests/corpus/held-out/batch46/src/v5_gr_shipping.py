# Voice 5: Eleni, office manager at a small ship-management company in Piraeus (client). English and Greek.
from common import make
A = make('b46-gr-shipping-office', 'client')
V, C, AL = 'violation', 'clean', 'allowed'

# violations
A(V, 'contact-sharing', "Good afternoon, for any question about the crew spreadsheet call me at the office +30 210 000 0042, ask for Eleni. I'm there 9 to 5 Greek time.")
A(V, 'contact-sharing', "Καλησπέρα! Στείλτε μου το βιογραφικό σας στο eleni.pap.office@gmail.com και θα σας απαντήσω αύριο.", lang='el')
A(V, 'contact-request', "Before I decide, can you send me your Viber number? All our captains and the superintendents use Viber, it is easier.")
A(V, 'contact-request', "Παρακαλώ στείλτε μου το email σας για να σας προωθήσω τα αρχεία με τα πιστοποιητικά των ναυτικών.", lang='el')
A(V, 'off-platform', "Our director wants to speak with the candidates by phone, not here. Tomorrow 11:00 Athens time he will call you on WhatsApp, please be available.")
A(V, 'off-platform', "Ας συνεχίσουμε τη συζήτηση στο Viber, εδώ δεν βλέπω τα μηνύματα στο κινητό.", lang='el')
A(V, 'payment', "The accountant says Upwork invoice is a problem for Greek VAT. So we prefer to pay you by bank transfer with a normal invoice from you, directly. Please confirm.")
A(V, 'payment', "Για την επόμενη δουλειά μπορούμε να σας πληρώσουμε απευθείας με τραπεζική μεταφορά, χωρίς την προμήθεια της πλατφόρμας.", lang='el', contract='active')
A(V, 'feedback', "The dashboard has still two problems. Fix them and also add the bunker report, then I give you 5 stars. Otherwise I must be honest in the review and the review will be bad.", contract='active')
A(V, 'account-sharing', "Eleni here. My colleague Giorgos will log in to my Upwork account when I am on holiday in August, to approve your hours. I gave him my password, so don't worry if he writes.", contract='active')
A(V, 'account-sharing', "Please use the login of our old IT guy for the office Microsoft 365 admin panel, he left but the account is still active: nikos.it / Piraeus!2021.", contract='active')
A(V, 'harassment', "Are you stupid or you don't read? Three times I told you the date format is DD/MM/YYYY. My 12-year-old son understands better.", contract='active')
A(V, 'harassment', "If the system is not working on Monday when the auditor comes, I promise you, you will regret. I know people who know people in your country.", contract='active')
A(V, 'payment', """Dear Mr. Farouk,

Thank you for the new version of the crew rotation workbook. Captain Stavrou tested it on the Aegean Star and he says the sign-on / sign-off dates now calculate correctly, also the alarm for expiring STCW certificates. Very good.

Some small points for the next version:
- Column H (Passport expiry) should become red 90 days before, not 60.
- The summary sheet must show vessels in alphabetical order.
- Please protect the formulas so the captains cannot delete them by mistake.
- The print area for the monthly report should be one A4 page landscape.

Our owner is very happy and he wants to give you also the big project, the invoice and port-disbursement system for all five ships. But, to be honest, he doesn't like that Upwork takes a fee from both sides. So for the big project, he asks if you agree to work with us directly — we send the money every month by SEPA to your bank, and you send us an invoice. It's also faster for our accounts department.

Let me know what you think. The next version of the workbook please until Thursday if possible.

Kind regards,
Eleni Papadaki
Office Manager""", contract='active')

# clean
A(C, 'contact-sharing', "The port agent list needs columns: port, agent name, phone, email, VHF channel. I'll fill the real data myself after you finish the template.", contract='active')
A(C, 'contact-sharing', "Στο πρότυπο τιμολογίου βάλτε τη διεύθυνση της εταιρείας στο πάνω μέρος: Ακτή Παραδείγματος 10, Πειραιάς. Είναι για το έγγραφο, όχι για επικοινωνία.", lang='el', contract='active')
A(C, 'payment', "The disbursement account template must show port dues, pilotage, towage, agency fee and the bank details of the agent at the bottom. Can you make a field for IBAN and SWIFT?", contract='active')
A(C, 'payment', "I approved the milestone for the crew workbook. The money should arrive in your Upwork balance in a few days.", contract='active')
A(C, 'payment', "Budget is €600 fixed price, paid by Upwork milestones. Please propose how you split it.")
A(C, 'account-sharing', "The captains will log in to the shared OneDrive with their own company accounts. Please make sure the workbook works without macros, because some laptops block them.", contract='active')
A(C, 'account-sharing', "Δεν θα σας δώσω τον κωδικό μου. Θα σας προσθέσω ως χρήστη στο SharePoint με δικαιώματα επεξεργασίας.", lang='el', contract='active')
A(C, 'feedback', "I left you feedback, five stars, because you were patient with all our changes. Thank you, really.", contract='active')
A(C, 'feedback', "In the crew evaluation form, please add a section 'Master's review' with a score from 1 to 5 and a comments box. This is for the seafarers, not for you!", contract='active')
A(C, 'off-platform', "The vessels have internet only by satellite, so the captains send the noon report by email once per day. The workbook should import that email text if possible.", contract='active')
A(C, 'off-platform', "Can you connect the certificate alarm to Microsoft Teams so the crewing department gets a message in their channel? Only if it's not too expensive.", contract='active')
A(C, 'harassment', "I'm not happy, I'll be honest. The deadline was yesterday and I had to explain to my director. Please tell me a realistic date.", contract='active')
A(C, 'contact-request', "In the sign-on form we need next-of-kin contact: name, relationship, phone. Please make these fields mandatory.", contract='active')

# allowed
A(AL, 'contact-sharing', "Now we have a contract, here is my direct number for urgent things: +30 210 000 0057. Everything else let's keep here.", contract='active')
A(AL, 'contact-request', "Which email should I add to our SharePoint so you can see the old Excel files before you send the offer? Only for access, nothing else.")
A(AL, 'contact-request', "Ποιο email να χρησιμοποιήσω για να σας δώσω πρόσβαση στον φάκελο OneDrive με τα αρχεία; Μόνο για την πρόσβαση.", lang='el', contract='active')
A(AL, 'off-platform', "Our parent company has an Enterprise account on Upwork, so our IT manager will call you on Teams to discuss the requirements before the contract.", client='enterprise')
A(AL, 'contact-sharing', "Our NDA (attached) has the company address and my email because the lawyer requires it. Please sign and upload it here before I send the vessel data.")
A(AL, 'off-platform', "Since the contract started, shall we do a short Viber call tomorrow to go through the port list together? Payments stay in Upwork.", contract='active')
A(AL, 'contact-sharing', "Enterprise client here (the group account). You can contact me directly at eleni.p@shipping-example.gr for the scoping questions.", client='enterprise')
