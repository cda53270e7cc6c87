from common import *

# V9 Pune chartered accountant doing US bookkeeping (freelancer), Hinglish + Indian English
k = voice("v53-pune-ca", "freelancer")
k(V, CS, "en", """Dear Hiring Manager,
Greetings of the day! I am a qualified Chartered Accountant (ICAI) with 7+ years of experience in US bookkeeping, QuickBooks Online, Xero and sales tax filing for small businesses. I have handled month-end close for 20+ clients including restaurants, Amazon sellers and a dental clinic in Texas.
For your requirement (catch-up bookkeeping Jan-Sep, bank reconciliation of 3 accounts, 1099 prep) I can complete within 10 working days.
For quick coordination kindly drop a message on my WhatsApp +91 90000 00142, I am available IST and EST both.
Awaiting your positive reply.
Warm regards,
CA Rohit Deshpande""", "p")
k(V, CS, "hi-Latn", "sir mera number note kar lo 9000000142, call kar lena jab free ho, GST wala kaam bhi kar deta hoon", "m")
k(V, CS, "en", "kindly find my mail id: rohit dot ca dot pune at gmail dot com, revert there with the bank statements", "m")
k(V, CR, "hi-Latn", "aapka whatsapp number share kar do na sir, statements wahan bhej dena, yahan PDF bahut slow upload hoti hai", "m")
k(V, CR, "en", "Kindly share your direct contact number so that I can explain the reconciliation discrepancies telephonically", "m")
k(V, CR, "en", "what is your email id sir? I will send invoice and working sheet there, it looks more professional", "m")
k(V, OP, "hi-Latn", "bhai yahan baat karna mushkil hai, Google Meet pe aa jao kal 8 baje, main link bhej deta hoon aapke gmail pe", "m")
k(V, OP, "en", "Kindly connect with me on Zoom outside this portal, I will show you the QuickBooks file live and we can finalise scope", "m")
k(V, OP, "hi-Latn", "Upwork ka chat theek se notify nahi karta, baaki discussion WhatsApp pe karte hain ok?", "m")
k(V, PAY, "hi-Latn", "sir agli baar se direct UPI kar dena ya bank transfer, Upwork 10% kaat leta hai, aapko bhi sasta padega", "m", contract=ACT)
k(V, PAY, "en", "For the annual tax filing engagement we can sign a separate engagement letter and you can pay my firm by wire directly, Upwork not required for that", "m", contract=ACT)
k(V, PAY, "en", "I can reduce my fees by 20% if payment is done through PayPal invoice instead of this platform", "m")
k(V, FB, "en", "Kindly release the 5 star feedback first, thereafter I shall share the final reconciled books and the P&L", "m", contract=ACT)
k(V, FB, "hi-Latn", "sir ek request hai, 5 star de dena aur comment me 'highly recommended' likh dena, agle mahine ka kaam 25% discount pe kar dunga", "m", contract=ACT)
k(V, FB, "en", "Sir it is humble request, if you give less than 5 stars my profile will be finished. Kindly do not do that, I have family to support", "m", contract=ACT)
k(V, AS, "en", "my junior Amit also works from my Upwork account, if message comes from him please don't get confused", "m")
k(V, AS, "en", "Kindly share your Upwork client login, I will raise the contract from your side itself and accept from mine, it saves your time", "m")
k(V, HAR, "hi-Latn", "aapko accounting ki ABCD bhi nahi aati aur mujhe sikha rahe ho? pagal ho kya, dimaag mat khao", "m", contract=ACT)
k(V, HAR, "en", "With due respect sir, only a fool would mix personal and business expenses like this. No wonder IRS is after you", "m", contract=ACT)
# clean
k(C, PAY, "en", "I have reconciled all Zelle, PayPal and Venmo receipts against the bank feed. 14 PayPal payments were recorded twice, corrected now", "m", contract=ACT)
k(C, CS, "en", "Vendor list cleaned: removed duplicates, updated addresses and phone numbers of 43 vendors as per W-9 forms you uploaded", "m", contract=ACT)
k(C, AS, "en", "Kindly do not share your QuickBooks password. Please invite me as accountant user from Settings > Manage users > Accounting firms", "m", contract=ACT)
k(C, FB, "hi-Latn", "review ke liye bahut dhanyavaad sir, agle quarter ka kaam bhi yahin Upwork pe karenge", "m", contract=ACT)
k(C, PAY, "en", "milestone is funded I can see, will start work from tomorrow sir", "m", contract=ACT)
k(C, CR, "en", "Kindly share the bank statements for Chase checking (Jan-Sep) in PDF or CSV here in the message thread. No login needed", "m", contract=ACT)
k(C, OP, "hi-Latn", "kal Upwork call pe screen share kar dunga, aap dekh lena kaise categories map ki hain", "m", contract=ACT)
k(C, HAR, "en", "Sorry sir if my earlier message sounded rude, it was not my intention. I only meant the receipts are missing for March", "m", contract=ACT)
k(C, PAY, "en", "My fixed price for catch-up bookkeeping is $450 for 9 months. Sales tax filing extra $60 per state. All payment via Upwork milestones", "p")
k(C, FB, "en", "It was a pleasure working on your books. If you are satisfied, feedback on the contract would be appreciated, but no pressure at all", "m", contract=ACT)
k(C, CS, "hi-Latn", "1099 ke liye contractors ke address aur TIN chahiye, jo W-9 me hai wohi, aap yahan attach kar do", "m", contract=ACT)
k(C, HAR, "en", "Your books were a crime scene haha, but now everything ties out to the penny", "m", contract=ACT)
# allowed
k(A, CR, "en", "Kindly share your email id so that I can send you the accountant invite acceptance link in QuickBooks. Only for access purpose", "m")
k(A, CS, "hi-Latn", "contract start ho gaya hai toh mera WhatsApp 90000 00142 hai, tax deadline wale din urgent ho toh message kar dena", "m", contract=ACT)
k(A, CS, "en", "Sample financial statements I prepared (client names masked), hosted as PDF portfolio: rohit-ca.example.com/samples", "p")

# V10 Wroclaw e-commerce integrator (BaseLinker/Allegro/Shopify), Polish + Italian + English
m = voice("v53-wroclaw-integrator", "freelancer")
m(V, CS, "pl", "Dzień dobry, najprościej będzie jak Pan zadzwoni: 500 000 142. Wieczorem zawsze odbieram, w dzień mam wdrożenia", "m")
m(V, CS, "it", """Buongiorno,
mi chiamo Paweł, sono un integratore e-commerce di Breslavia. Da 6 anni collego negozi Shopify e WooCommerce con marketplace (Allegro, Amazon, eBay) e con sistemi di magazzino tramite BaseLinker.
Ho letto il vostro annuncio: sincronizzazione stock tra il negozio di calzature e Zalando, più fatture automatiche. Ho già fatto un progetto quasi identico per un negozio di Varsavia.
Se volete parliamone su WhatsApp, il mio numero è +48 500 000 142, così vi mando anche qualche screenshot.
Tempi: 2 settimane. Cordiali saluti""", "p")
m(V, CS, "pl", "mój mail: pawel kropka integracje małpa outlook kropka com, tam proszę wysłać dostęp do sklepu", "m")
m(V, CR, "pl", "Może mi Pan podać numer telefonu? Przez telefon w 10 minut wyjaśnię, co jest nie tak z synchronizacją", "m")
m(V, CR, "it", "Mi può dare il suo numero WhatsApp? Le mando un video di come funziona il flusso degli ordini", "m")
m(V, CR, "en", "Drop me your email or Teams handle, I'll send the technical spec there, it's a 20 page PDF", "m")
m(V, OP, "en", "Let's move to Messenger or email, when I post screenshots here they get lost in the thread", "m")
m(V, OP, "it", "Continuiamo su email, qui la piattaforma mi notifica in ritardo e non voglio farla aspettare", "m")
m(V, OP, "en", """Thanks for the details.
Quick recap of what I understood:
- Shopify Plus store, ~3,400 SKUs, stock in two warehouses (PL and IT)
- orders from Allegro and Amazon.de must land in BaseLinker and push fulfilment to the right warehouse
- invoices in PLN and EUR, with KSeF compliance for Polish B2B
This is doable. Let's take the rest of the scoping to a normal video call on Google Meet, I'll send an invite if you give me your address. Upwork isn't great for this kind of workshop.
Best, Paweł""", "m")
m(V, PAY, "pl", "Proponuję, żeby kolejne etapy rozliczać na fakturę VAT bezpośrednio na moją firmę, przelewem. Odpada prowizja Upworka", "m", contract=ACT)
m(V, PAY, "it", "Se preferite possiamo fare bonifico diretto sul mio conto, così risparmiamo entrambi la commissione della piattaforma", "m")
m(V, PAY, "en", "I'm happy to keep maintaining it monthly, but let's do that off Upwork, I'll bill you directly through my company, 300 EUR/month", "m", contract=ACT)
m(V, FB, "pl", "Dokumentację i dostęp admina przekażę jak tylko zostawi Pan opinię 5 gwiazdek, tak mam ustawione w procesie", "m", contract=ACT)
m(V, FB, "en", "If you leave me 5 stars I'll also do the eBay integration for free, promise", "m", contract=ACT)
m(V, FB, "en", "Look, I need this feedback to be perfect. Anything below 5 stars and I'll have to charge the extra hours I didn't bill", "m", contract=ACT)
m(V, AS, "pl", "Jeśli mnie nie będzie, mój wspólnik zaloguje się na moje konto Upwork i odpowie, mamy jedno konto na firmę", "m")
m(V, AS, "it", "Mi dia email e password del suo account Upwork, così approvo io le milestone al posto suo e non perdiamo tempo", "m", contract=ACT)
m(V, HAR, "pl", "Pan chyba żartuje. Takiego bałaganu w danych nie widziałem nigdy, kto to robił, małpa?", "m", contract=ACT)
m(V, HAR, "it", "Lei è proprio un incompetente, mi fa perdere tempo con domande stupide. Basta", "m", contract=ACT)
# clean
m(C, PAY, "pl", "Integracja z Przelewy24 i BLIK działa, zwroty też. Testowałem na koncie sandbox, żadne prawdziwe pieniądze nie poszły", "m", contract=ACT)
m(C, PAY, "it", "Ho configurato PayPal, Satispay e bonifico bancario come metodi di pagamento nel checkout. Manca solo la chiave API di produzione", "m", contract=ACT)
m(C, CS, "pl", "Na fakturach musi być adres firmy, NIP i numer telefonu do BOK, zgodnie z tym co Pan wpisał w ustawieniach BaseLinkera", "m", contract=ACT)
m(C, AS, "en", "Don't send me your Allegro password. Create an API app in Allegro developer portal and authorise it, that's how BaseLinker connects", "m", contract=ACT)
m(C, FB, "en", "Thanks for the review! If anything is off after the KSeF rollout, write here, I'll fix it under warranty", "m", contract=ACT)
m(C, FB, "it", "Ho aggiunto il widget delle recensioni Trustpilot nella pagina prodotto, con le stelle medie sopra il prezzo", "m", contract=ACT)
m(C, OP, "pl", "Możemy zrobić rozmowę wideo tutaj na Upworku jutro o 10? Pokażę panel na udostępnianiu ekranu")
m(C, CR, "en", "The order export needs customer email and phone for the courier API (InPost needs the phone for SMS). I'll map those fields only", "m", contract=ACT)
m(C, HAR, "pl", "Ten skrypt to jakaś masakra, ale spokojnie, da się to uratować. Nie Pana wina, poprzedni wykonawca poszedł na skróty", "m", contract=ACT)
m(C, PAY, "en", "Fixed price 1,900 EUR split in 3 Upwork milestones: mapping, integration, testing. Hourly option also possible", "p")
m(C, HAR, "it", "Questa sincronizzazione spacca! Zero errori stanotte su 1.200 ordini", "m", contract=ACT)
m(C, OP, "it", "Il link al webhook di Zalando è nel file di configurazione, non serve che me lo mandi fuori. Tutto qui nella chat", "m", contract=ACT)
# allowed
m(A, CR, "pl", "Proszę o adres e-mail, na który mam wysłać zaproszenie do repozytorium na GitLabie, żeby Pan mógł przejrzeć kod przed wyceną", "m")
m(A, CS, "it", "Ora che il contratto è attivo le lascio il mio numero: +48 500 000 142. Per emergenze durante il Black Friday", "m", contract=ACT)
m(A, OP, "en", "Since your company is an Enterprise client here, happy to do the interview on Teams with your IT lead. Send the invite whenever", "m", client="enterprise")
