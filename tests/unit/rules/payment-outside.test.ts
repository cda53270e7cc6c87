import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';
import { OUTSIDE_REFUSED_CLEAN } from './look-alikes';

const valid: (string | ValidCase)[] = [
  // The answer after the match: not possible, not an option, out of the question, "I don't" (7 December 2026).
  'Sorry sir, payment outside Upwork is not possible from my side. Please create the milestone here only.',
  "Paying by Wise isn't an option, sorry, everything goes through the contract.",
  "I know some editors ask for Pix or PayPal for extras, I don't. It keeps the dispute protection on for both of us.",
  // Round 24: someone else's scheme warned about in Portuguese and Spanish: an impostor ("tem gente se passando pela nossa agência"),
  // people asking ("hay gente pidiendo"), a condition ("se alguém pedir"), and a scam or a report named nearby.
  {
    text: 'Atenção: tem gente se passando pela Serra Digital e pedindo "taxa de cadastro" por Pix para candidatos. A gente nunca cobra nada de ninguém.',
    context: { role: 'client' },
  },
  'Atenção: tem gente se passando pela nossa agência e pedindo taxa de inscrição por Pix. Nunca cobramos nada.',
  'Cuidado: hay gente haciéndose pasar por nuestra empresa y pidiendo pagos por Nequi. Denúncialo en Upwork.',
  // Round 24: refusals in languages the negation reading did not know: Swahili negatives of taking and using ("sipokei", "sitatumia"),
  // payments said to go through Upwork in any person ("yatapitia Upwork"), Cebuano "dili ko/mi" and "sa Upwork ra" (only on Upwork).
  'Malipo yote yatapitia Upwork tu, sipokei M-Pesa wala malipo ya benki moja kwa moja.',
  'Sitatumia M-Pesa nje ya Upwork, samahani.',
  'Bei ni dola 200 na malipo yatapitia Upwork tu, M-Pesa hapana.',
  'Dili ko modawat og GCash diretso, sa Upwork ra gyud ang bayad.',
  'Dili mi modawat og bayad pinaagi sa GCash, pasensya.',
  'Sa Upwork ra ko modawat og bayad, walay GCash diretso.',
  // Round 23: a line quoted from the material to translate or voice; a way to pay as a feature of the product; a shop's refund policy for
  // its customers; anyone on the client's side written to or called directly once the contract runs.
  {
    text: 'In the script there\'s a line "pay me through PayPal or I call the police" — do you want it translated literally or adapted?',
    context: { contract: 'active' },
  },
  'The villain\'s line is "send the ransom by Western Union" and it needs a colder read.',
  'Subtitle 14 says "I only take cash, pay me in cash" — keep it under 42 characters.',
  { text: 'Regarding the extra work you asked (gift card feature), I have not started it because it is outside our agreed scope.', context: { contract: 'active' } },
  'The Venmo integration and the Zelle module are both on the roadmap for the next sprint.',
  {
    text: '- Refunds go back to the original payment method (card, PayPal or Shop Pay) within 5–10 business days after we receive the item.',
    context: { contract: 'active', role: 'client' },
  },
  'For the FAQ: refunds are issued to the original payment method, PayPal included, and sale items get store credit only.',
  { text: "We're under contract so feel free to text her directly if you need a particular angle or a reshoot.", context: { contract: 'active' } },
  { text: 'The contract is running, so call Tom directly about the drone shots.', context: { contract: 'active' } },
  // Round 23: someone else's ask told back and refused (the reader's investor or partner; one person in Portuguese or Spanish; "I do not do that").
  {
    text:
      'Your investor asked in the call if I can give a discount if he pays the whole next phase in advance, directly. I know some people work like ' +
      'this to skip the fee, but I do not do that – all payments for your company stay in Upwork, also for phase C.',
    context: { contract: 'active' },
  },
  'Your business partner asked me to send the invoice directly to him. I can only bill through Upwork, so please add a milestone.',
  'Some clients want to pay by Wise to save the fee, but we never do that.',
  'Cuidado: alguém me mandou mensagem dizendo que era teu irmão e pedindo pra eu pagar o resto por pix numa conta dele. Não paguei e denunciei. Era golpe, né?',
  'Ojo: alguien me escribió diciendo que era tu socio y pidiendo que le pague por Nequi. No le pagué.',
  // Round 21b: how people were paid long ago, told in the memoir or the chapter being edited.
  {
    text: 'The chapter about 1989 mentions how we were paid in australes, in cash, in an envelope, every fifteen days. Please check the figures I quote.',
    context: { contract: 'active', role: 'client' },
  },
  { text: 'In chapter 4 the workers were paid in cash every Friday, keep that detail.', context: { contract: 'active', role: 'client' } },
  // Round 21b: "write me directly" at an address, with the contract started: a way to write, no deal around the site.
  {
    text: 'Contract ok ✔️ you can write me directly at commandes@fournil-corinne.example.com for the menu texts, I read my mails every morning.',
    context: { contract: 'active', role: 'client' },
  },
  { text: 'Contract signed, you can email me directly at jo@bakery.example for the photos.', context: { contract: 'active' } },
  // Round 21b: Upwork's own withdrawal asked about in Vietnamese ("Upwork rút tiền về ngân hàng"): how the site pays out.
  { text: 'Anh ơi em hỏi chút, Upwork rút tiền về ngân hàng Việt Nam được không ạ hay em phải mở Payoneer? Em mới làm nên chưa rõ lắm.', context: { contract: 'active' } },
  'Upwork rút tiền qua Payoneer mất mấy ngày vậy anh?',
  // An ad's copy: how the shop's buyers can pay.
  'In the ad, say that people can pay with Pix, boleto or card in up to 10 installments.',
  // An invitation sent directly (Turkish), not money.
  'Kurumsal hesabınızla çalışıyoruz; toplantı davetini doğrudan size göndereyim.',
  // A help page's example of a scam, told in the passive ("you are asked to...").
  'For example, you are asked to use your PayPal account to receive money from the client and then send it on.',
  // Withdrawing one's own Upwork earnings in Polish; a site's cashouts to its users.
  'Wypłacam pieniądze z Upworka na konto w mBanku, bo przez Payoneer wychodzi drożej.',
  'The bounty site only pays cashouts through PayPal for now, and I have no PayPal.',
  // A help page on how a payment app works, for anybody who uses it; a safety rule for anybody.
  'Customers can send and receive money with their phone number and pay from their Venmo balance or a debit card.',
  'With Zelle, you can send money to friends and family by typing their phone number.',
  'Only send money to people you know, never to a stranger on the internet.',
  'Sellers should only accept Friends and Family payments from people they know.',
  'Cash App: they scan the code at the counter and the money shows up in seconds.',
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  "Artykuł o tym, jak przyjmować płatności BLIK w sklepie, jest gotowy.",
  "Annem diyor ki Upwork dışında ödeme yapma, haklı; burada ödüyorum.",
  "Mağazaya Papara'yı ödeme yöntemi olarak ekledim, test ettim.",
  // A payment returned to its sender, and the other side's instructions told.
  'I asked for their address so I could mail the cashier check back to them.',
  'The reply was to deposit the check, keep my fee and send the rest by Western Union.',
  // A seller or a stranger of another marketplace reported by a victim; an inline list of what to report to support.
  'The seller on the forum asked me to pay through PayPal Friends and Family, so I walked away.',
  'Some fella in the group asked me to send him USDT first. Blocked.',
  'The vendor was pushy about Zelle, which felt off.',
  'Report to support if a client: asks for an upfront fee; offers to pay you via Wise or Payoneer; wants your bank login.',
  'Watch for red flags: requests to pay outside the platform, fees to start a job.',
  // Refused or reported, in Korean and Dutch.
  "어떤 클라이언트가 외부 결제로 하자고 해서 바로 거절했어요.",
  "Iemand vroeg om buiten Upwork te betalen, dat heb ik geweigerd.",
  // Korean payment apps and an outside payment module as the work.
  "외부 결제 모듈 API 연동은 다음 주에 할게요",
  "카카오페이 결제 버튼을 앱에 넣어 주세요",
  "토스페이먼츠 결제 연동 작업 가능합니다",
  // Withdrawing Upwork earnings, in Bengali; an ask reported and refused; an offer taken back.
  'Upwork থেকে টাকা তোলার জন্য Payoneer বা PayPal ব্যবহার করা যায়।',
  'Some client ask me pay by Zelle to skip the fee. I say no, everything stays on Upwork.',
  'I know I said pay direct before, forget that, we use the milestone here.',
  // A trading bot that talks to an exchange: the exchange is the work, not the payment.
  'Build a Python bot for Binance futures: ccxt, a grid strategy, backtest on 2022 data.',
  'Binance answers 429 when we go over the weight limit, so add rate limiting before the IP ban.',
  'Read the order book from Binance testnet first, then switch to live keys.',
  // Settled on Upwork, a misunderstanding sorted out, Upwork invoices paid, own earnings withdrawn, fees asked about, refused in Polish.
  "Let's settle this between us here before anyone opens a dispute.",
  "Let's sort out the misunderstanding between ourselves.",
  "How do I withdraw my Upwork earnings to my own bank account?",
  "Can I pay my Upwork invoices by bank transfer?",
  "We go directly to the settings page after login.",
  "Is there a way to reduce fees within Upwork on long contracts?",
  "Revolut Business CSV export now maps into Xero.",
  "Twój przelew poza platformą? Jeśli tak to nie, wszystko idzie przez Upworka.",
  // Asking whether someone else's offer is a scam.
  'Is this a scam? He wants to pay me in crypto outside Upwork.',
  'He said pay him on PayPal. Is that a scam?',
  // "check" as a tick, not a cheque.
  'Go to the Settings tab and check the check box that says Run task as soon as possible.',
  'Tick the check mark next to each paid invoice in the list.',
  'I integrated PayPal and Stripe into the checkout.',
  'I can only be paid through Upwork.',
  'I will never ask for payment outside Upwork.',
  'I built a crypto wallet app for a fintech startup.',
  'The cash flow report is ready for review.',
  'Please check the wireframes before Friday.',
  'Customers can save on shipping fees with the bundle.',
  'Add Apple Pay and Google Pay buttons to the checkout page.',
  'The Wise API integration needs a webhook for transfers.',
  'I wrote a blog post comparing Payoneer and Wise fees for freelancers.',
  'Please pay the invoice through Upwork as usual.',
  'The Venmo clone needs a friends list screen.',
  'FYI someone offered me a discount if I paid them in crypto outside Upwork. Hard no.',
  'Um dos candidatos me ofereceu desconto se eu pagasse por fora via Pix. Não vou pagar por fora.',
  // Scam advice, payments kept on Upwork, quoted words, questions about how Upwork works, shops and crypto development, held by the site.
  "Scammers will ask you to pay a fee to link your bank account, never do it.",
  "All my payments are through Upwork; my PayPal only holds old savings.",
  "The word \"PayPal\" in our chat triggered a warning again.",
  "The 'pay outside' option in the app marks the order as unpaid.",
  "Do I pay the freelancer directly or through Upwork escrow? I want to do it right.",
  "For the shop I'd add bank transfer as an offline method the staff approve by hand, next to the Stripe integration.",
  "Could you add USDC as a payment option? Confirmations: 12 on mainnet.",
  "Revolut is a popular banking app in Europe.",
  "Розробляю модуль виплат у USDT для DeFi-платформи.",
  "El cliente deposita el pago en la plataforma y no te paga directamente.",
  "Die Sparkasse nimmt hohe Gebühren für Auslandsüberweisungen.",
  // Sending files, shipping fees, settling a dispute, a shop's customers paying, in several languages.
  "Main aapko file seedha bhej deta hu, Drive link ke through.",
  "Ich spare mir die Gebühren für den Expressversand.",
  "Let's settle this between us before anyone opens a dispute.",
  "We can handle the remaining tasks between us this week.",
  "Vos clients paient directement sur le site via Stripe.",
  "Клиенты платят картой, комиссию берет банк.",
  "Pelanggan bisa bayar langsung lewat QRIS di toko.",
  "Upwork wala withdrawal 5 din leta hy, is liye thoda late hoga.",
  // A shop's Stripe checkout.
  "The rest can be paid through Stripe checkout on your website.",
  // Stripe accounts in store work, billing records kept after Upwork releases the funds.
  "Please connect your Stripe account to the Shopify store so payouts work.",
  "Can you give me access to your Stripe account so I can check the failed charges?",
  "We can deal with the billing ourselves once Upwork releases the funds, I'll keep records.",
  // Reported offers and scam warnings, release notes, store work, quoted offers, a payroll feature.
  'someone msgd me saying theyd pay double if i moved to venmo. reported them.',
  'A buyer posted a job asking people to pay a $25 registration fee, report it.',
  'When we refund customers through PayPal the order status breaks.',
  'Changelog: Pix refund endpoint, boleto due-date fix.',
  'Too many freelancers take a "let\'s just use PayPal" offer and lose their account.',
  'The reports are kept outside the system for compliance.',
  'Build a flow where contractors move onto our payroll after 30 days.',
  "I'll send you the Shopify gift card design files tomorrow.",
  'The Cash App clone needs a send-money screen.',
  'Add a Ko-fi button to the footer of my portfolio site.',
  'We can work directly on the staging server for the store build.',
  // A refusal right after the request it answers.
  'You asked me to send the balance by Venmo \u2014 I won\'t.',
  'Pay the rest through Wise? No way, it all goes through the contract.',
  'You suggested paying me in USDT, which I refuse.',
  // Warnings about scams: a condition or a generic actor before the tactic, or nobody named at all.
  "If any client asks you to pay them in gift cards, report it: it's a scam.",
  'Anyone who insists on paying by Zelle before a contract is a fake client.',
  "The goal of these fakes is to get you paying a 'release fee' outside the platform.",
  // What an impostor asked, reported.
  "A so-called 'Upwork agent' emailed me saying I should send my card number to unlock payments.",
  // Wallets and tokens as the work, test funds, a deposit that is a milestone.
  'The dapp sends the rewards straight to your wallet after the mint.',
  'Please send the test tokens to my wallet on Sepolia so I can try the claim.',
  'No need for a deposit, just fund the first milestone here.',
  // Scam advice as a generic actor's tactic; test funds on a test network.
  'Scammers ask for payment via Zelle, so never agree.',
  'Please send the test ETH to my wallet on Holesky for the deployment.',
  // A shop's methods, Upwork's fee priced in, the rest of the files sent on, a check-in form, paid through Upwork, "por fora" as a place.
  'The checkout should support ACH transfer and card for US customers.',
  'Our payment methods page lists PayPal and Stripe, please restyle it.',
  'Upwork takes 10% from my side, so my rate already includes it.',
  'Pay the first milestone here and the rest of the files go directly to the printer.',
  'Please mail the signed check-in form to my office.',
  'I got paid directly through Upwork last week.',
  'Se for por fora da caixa, o texto fica cortado.',
  'Please confirm your payment details in the Upwork settings before the milestone.',
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "De betaling loopt via de mijlpaal op Upwork.",
  "Plata se face prin Upwork, pe milestone.",
  "Bayaran ikut milestone dalam Upwork.",
  "업워크 수수료는 견적에 포함했어요.",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  '我负责把支付宝和微信支付接入小程序，包括退款回调',
  'Em đã tích hợp cổng thanh toán MoMo và VNPay cho app bán hàng.',
  '之前有客户让我私下转账，我拒绝了，钱都走Upwork。',
  'Khách có thể trả tiền mặt khi nhận hàng, em thêm lựa chọn COD vào trang thanh toán nhé.',
];

const invalid: InvalidCase[] = [
  // Offered as possible or as an option: no refusal there (7 December 2026).
  { text: 'Payment via PayPal is possible too, just tell me.', findings: [{ match: 'Payment via PayPal', severity: 'violation' }] },
  { text: 'Paying by Wise is an option if you prefer, no fees for you.', findings: [{ match: 'Paying by Wise', severity: 'violation' }] },
  // Round 24, next to those: the scam named as the writer's reason to be paid outside.
  { text: 'Tem gente se passando pela nossa agência, então me paga por Pix direto.', findings: [{ match: 'Pix', severity: 'violation' }] },
  { text: 'Tem gente aplicando golpe aqui, então eu prefiro que você me pague por Pix direto.', findings: [{ match: 'Pix', severity: 'violation' }] },
  { text: 'Hay mucha estafa en Upwork, así que yo prefiero que me pagues por Nequi directo.', findings: [{ match: 'Nequi', severity: 'violation' }] },
  // Round 24, next to those: the same ways to pay offered, the negative turned on Upwork, the negation after the offer.
  { text: 'Modawat ko og GCash diretso para walay fee.', findings: [{ match: 'GCash', severity: 'violation' }] },
  { text: 'Pwede ko mobayad nimo sa GCash diretso, dili na kinahanglan ang Upwork.', findings: [{ match: 'GCash', severity: 'violation' }] },
  { text: 'Nitapokea malipo kwa M-Pesa moja kwa moja, bei nafuu.', findings: [{ match: 'M-Pesa', severity: 'violation' }] },
  { text: 'Malipo hayatapitia Upwork, nitumie kwa M-Pesa moja kwa moja.', findings: [{ match: 'M-Pesa', severity: 'violation' }] },
  { text: 'Tuma malipo kwa M-Pesa, sipokei Upwork.', findings: [{ match: 'M-Pesa', severity: 'violation' }] },
  // Round 23, next to those: the same ways to pay asked for by the writer.
  { text: 'I said it yesterday: pay me through PayPal or I call the police.', findings: [{ match: 'pay me through PayPal', severity: 'violation' }] },
  { text: 'Send me a gift card for the feature work instead.', findings: [{ match: 'gift card', severity: 'violation' }] },
  { text: 'Refund me via PayPal for the feature I did not get.', findings: [{ match: 'Refund me via PayPal', severity: 'violation' }] },
  {
    text: "We're under contract so let's contract directly next time, text her the invoice.",
    context: { contract: 'active' },
    findings: [{ match: "contract so let's contract directly", severity: 'violation' }],
  },
  // Round 23, next to those: the same asks made by the writer, or the refusal turned into an offer.
  { text: 'Your investor can pay the whole next phase directly, I will give him 10% off.', findings: [{ match: 'pay the whole next phase directly', severity: 'violation' }] },
  {
    text: "My accountant says Upwork takes a cut from both of us, so for the next chapters I'll send the money through Zelle.",
    findings: [{ match: 'send the money through Zelle', severity: 'violation' }],
  },
  { text: 'Me manda o resto por pix, fica mais fácil pra nós dois.', findings: [{ match: 'pix', severity: 'violation' }] },
  { text: 'Alguém pode me pagar por pix? É mais rápido.', findings: [{ match: 'pix', severity: 'violation' }] },
  { text: 'Some people pay by Wise to skip the fee, and I can do that for you too.', findings: [{ match: 'pay by Wise', severity: 'violation' }, { match: 'skip the fee', severity: 'violation' }] },
  // Round 21b, next to those: the same past told to ask for it now.
  {
    text: 'Like in my book, where we were paid in cash, can you pay me in cash too?',
    findings: [{ match: 'paid in cash', severity: 'violation' }, { match: 'pay me in cash', severity: 'violation' }],
  },
  // Round 21b, next to those: money or the site's fees named with it, or working directly.
  {
    text: 'Contract ok, you can write me directly and pay me by bank transfer.',
    context: { contract: 'active' },
    findings: [{ match: 'Contract ok, you can write me directly', severity: 'violation' }, { match: 'pay me by bank transfer', severity: 'violation' }],
  },
  {
    text: 'Contract ended, write me directly for the next job and we skip the fees.',
    findings: [{ match: 'Contract ended, write me directly', severity: 'violation' }, { match: 'skip the fees', severity: 'violation' }],
  },
  { text: 'Contract ok ✔️ you can work with me directly, no Upwork.', findings: [{ match: 'Contract ok ✔️ you can work with me directly', severity: 'violation' }] },
  // Round 21b, next to those: the withdrawal named as the reason to be paid straight, or with no Upwork withdrawal at all.
  { text: 'Upwork rút tiền chậm lắm, anh chuyển thẳng qua Payoneer cho em nhé.', findings: [{ match: 'Payoneer', severity: 'violation' }] },
  { text: 'Rút tiền về Payoneer chậm lắm, anh chuyển thẳng qua Payoneer cho em nhé.', findings: [{ match: 'Payoneer', severity: 'violation' }] },
  // Round 21b, next to the refusals told back: "nor" before a comma's other clause does not cover the writer's own terms.
  { text: 'Thank you, nor do I need Upwork. Pay me via PayPal and I start today.', findings: [{ match: 'Pay me via PayPal', severity: 'violation' }] },
  { text: 'Not on Upwork, nor by card: send the money by Western Union.', findings: [{ match: 'Western Union', severity: 'violation' }] },
  {
    text: 'I shall not continue on Telegram, but pay the onboarding fee via PayPal first.',
    findings: [{ match: 'pay the onboarding fee via PayPal', severity: 'violation' }],
  },
  { text: 'People can pay with Pix here, so send it to my key.', findings: [{ match: 'Pix', severity: 'violation' }] },
  { text: 'Kalan parayı doğrudan size göndereyim, Upwork olmadan.', findings: [{ match: 'parayı doğrudan size göndereyim, Upwork olmadan', severity: 'violation' }] },
  { text: 'You are asked to pay me via PayPal from now on.', findings: [{ match: 'pay me via PayPal', severity: 'violation' }] },
  // Next to the look-alikes: a cashout chosen as the way to be paid, a label with an address, a rule about trust with the writer's ask.
  { text: 'Cashout through PayPal works for me, just send it there.', findings: [{ match: 'PayPal', severity: 'violation' }] },
  { text: 'Only pay me through PayPal, I trust people I know.', findings: [{ match: 'pay me through PayPal', severity: 'violation' }] },
  { text: 'Customers can link their card, and you can pay me via Venmo.', findings: [{ match: 'pay me via Venmo', severity: 'violation' }] },
  { text: 'Venmo: @jdoe, send the $300 there.', findings: [{ match: 'Venmo: @', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Revolut albo PayPal, co wolisz? Ominiemy prowizję.", findings: [{ match: "Ominiemy prowizję", severity: 'violation' }] },
  { text: "Zapłacę ci bezpośrednio przelewem, bez Upworka.", findings: [{ match: "Zapłacę ci bezpośrednio przelewem, bez Upworka", severity: 'violation' }] },
  { text: "Kalan kısmı Papara'dan yollarım, Upwork dışında.", findings: [{ match: "yollarım, Upwork dışında", severity: 'violation' }] },
  { text: "IBAN atayım mı? Havale yaparsın, komisyon vermeyiz.", findings: [{ match: "IBAN atayım mı", severity: 'violation' }] },
  { text: 'Send me the cheque back by mail once you sign.', findings: [{ match: 'cheque', severity: 'violation' }] },
  { text: 'The seller I mentioned asked for PayPal, whatever. Please pay me via PayPal too, it is quicker.', findings: [{ match: 'pay me via PayPal', severity: 'violation' }] },
  { text: 'Quick note: you can pay me via PayPal; it is quicker.', findings: [{ match: 'pay me via PayPal', severity: 'violation' }] },
  // Korean: paid outside, or by a payment app named, with the polite endings that name the persons.
  { text: "외부 결제로 진행하시면 10% 빼드릴게요", findings: [{ match: "외부 결제", severity: 'violation' }] },
  { text: "네이버페이로 보내주시면 바로 시작할게요", findings: [{ match: "네이버페이로 보내주", severity: 'violation' }] },
  { text: "잔금은 토스로 쏴 주세요", findings: [{ match: "토스로 쏴 주", severity: 'violation' }] },
  { text: 'Forget that milestone, just pay me direct on Zelle.', findings: [{ match: 'pay me direct on Zelle', severity: 'violation' }] },
  { text: 'The futures bot is done, pay me in USDT on Binance instead of here.', findings: [{ match: 'pay me in USDT', severity: 'violation' }] },
  { text: "We'll keep the price low on the contract and pay the rest by bank wire.", findings: [{ match: 'pay the rest by bank wire', severity: 'violation' }] },
  // Settled aside with no method named: between ourselves, the rest separately, a contract that looks legit, go direct, cash in person.
  { text: "Let's just settle it between ourselves, the fee is too high.", findings: [{ match: "settle it between ourselves", severity: 'violation' }] },
  { text: "I'll send you the remaining $300 separately.", findings: [{ match: "send you the remaining $300 separately", severity: 'violation' }] },
  { text: "Put a small amount on the contract so it looks legit, and I'll pay the balance on the side.", findings: [{ match: "Put a small amount on the contract", severity: 'violation' }] },
  { text: "Bill one hour so it looks legit and I'll pay the balance later.", findings: [{ match: "so it looks legit", severity: 'violation' }] },
  { text: "For the next phase I can invoice you directly myself.", findings: [{ match: "next phase I can invoice you directly", severity: 'violation' }] },
  { text: "After this milestone we could go direct and both save money.", findings: [{ match: "could go direct", severity: 'violation' }] },
  { text: "My cousin can hand you the cash in person.", findings: [{ match: "hand you the cash", severity: 'violation' }] },
  { text: "Cash works better for me if you're nearby.", findings: [{ match: "Cash works better", severity: 'violation' }] },
  { text: "Just transfer the deposit straight to my personal account.", findings: [{ match: "transfer the deposit straight to my personal account", severity: 'violation' }] },
  { text: "Any other way you can take money? The fee is brutal.", findings: [{ match: "Any other way you can take", severity: 'violation' }] },
  { text: "Se pagarmos por fora te dou desconto.", findings: [{ match: "pagarmos por fora", severity: 'violation' }] },
  { text: "Nie trzeba milestone, zapłać blikiem.", findings: [{ match: "blikiem", severity: 'violation' }] },
  { text: "Ti pago con bonifico diretto così risparmiamo.", findings: [{ match: "bonifico diretto", severity: 'violation' }] },
  { text: 'Is this a scam? Pay me via PayPal and I start today.', findings: [{ match: 'Pay me via PayPal', severity: 'violation' }] },
  // A suggestion asked as a question is not a refusal: "why don't we", "why not".
  { text: "Why don't we just deal directly and skip the fees?", findings: [{ match: 'deal directly', severity: 'violation' }, { match: 'skip the fees', severity: 'violation' }] },
  { text: 'Why not just pay me by PayPal?', findings: [{ match: 'pay me by PayPal', severity: 'violation' }] },
  { text: 'Can you pay me via PayPal instead?', findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  { text: "Let's do it via Wise to avoid the fees.", findings: [{ match: 'avoid the fees', severity: 'violation' }] },
  { text: 'My Payoneer email: jane.payments@gmail.com', findings: [{ match: 'My Payoneer email', severity: 'violation' }] },
  { text: 'Please pay me in USDT.', findings: [{ match: 'pay me in USDT', severity: 'violation' }] },
  { text: 'Zelle me the rest when you can.', findings: [{ match: 'Zelle me', severity: 'violation' }] },
  { text: 'Send the money to my bank account instead.', findings: [{ match: 'Send the money to my bank account', severity: 'violation' }] },
  { text: 'Can you pay in cash when we meet?', findings: [{ match: 'pay in cash', severity: 'violation' }] },
  { text: "Let's settle the balance via bank transfer.", findings: [{ match: 'bank transfer', severity: 'violation' }] },
  { text: "Let's settle via bank transfer this time.", findings: [{ match: 'bank transfer', severity: 'violation' }] },
  { text: "I'll send you an invoice outside Upwork.", findings: [{ match: 'invoice outside Upwork', severity: 'violation' }] },
  { text: "Next time let's work directly, without Upwork.", findings: [{ match: "Next time let's work directly", severity: 'violation' }] },
  // Leet, look-alike, spaced and full-width spellings.
  { text: 'Can you pay me via p@yp@l?', findings: [{ match: 'pay me via p@yp@l', severity: 'violation' }] },
  { text: 'Can you pay me via P\u0430yP\u0430l?', findings: [{ match: 'pay me via P\u0430yP\u0430l', severity: 'violation' }] },
  { text: 'Can you pay me via P a y P a l?', findings: [{ match: 'pay me via P a y P a l', severity: 'violation' }] },
  { text: 'Can you pay me via ＰａｙＰａｌ?', findings: [{ match: 'pay me via ＰａｙＰａｌ', severity: 'violation' }] },
  { text: 'Can you pay me via Pay\u200BPal?', findings: [{ match: 'pay me via Pay\u200BPal', severity: 'violation' }] },
  // Astral characters before the match; a match at the very start and at the very end.
  { text: '💸💸 Can you pay me via PayPal?', findings: [{ match: 'pay me via PayPal', severity: 'violation' }] },
  { text: 'Pay me via PayPal', findings: [{ match: 'Pay me via PayPal', severity: 'violation' }] },
  // A frame hit the engine refuses (negated: "shouldn't pay outside Upwork") must not hide a later frame in the same sentence.
  {
    text: "We shouldn't pay outside Upwork, the fee is brutal, any other way to settle it?",
    findings: [{ match: 'fee is brutal, any other way', severity: 'violation' }],
  },
  // Several in one text.
  {
    text: 'Pay me via PayPal or send it to my Payoneer.',
    findings: [
      { match: 'Pay me via PayPal', severity: 'violation' },
      { match: 'send it to my Payoneer', severity: 'violation' },
    ],
  },
  {
    text: "Let's skip Upwork's fees. Pay me via PayPal.",
    findings: [
      { match: "skip Upwork's fees", severity: 'violation' },
      { match: 'Pay me via PayPal', severity: 'violation' },
    ],
  },
  // No context makes payment outside Upwork acceptable.
  { text: 'Can you pay me via PayPal?', context: { client: 'enterprise' }, findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  { text: 'Can you pay me via PayPal?', context: { contract: 'active' }, findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }] },
  {
    text: 'Can you pay me via PayPal?',
    context: { client: 'enterprise', contract: 'active', role: 'client', surface: 'proposal' },
    findings: [{ match: 'pay me via PayPal', severity: 'violation', exception: false }],
  },
  { text: "Close the contract at $50 and I'll send you the rest the other way.", findings: [{ match: 'send you the rest the other way', severity: 'violation' }] },
  // Paid outside after a comma, invoiced through Wise, crypto taken as payment, a relative's account, cash, fees avoided in other languages.
  { text: "Let's skip the contract next time and you pay me the usual rate, all outside.", findings: [{ match: "pay me the usual rate, all outside", severity: 'violation' }] },
  { text: "Just invoice me through Wise, it saves us both the fee and the price stays lower.", findings: [{ match: "invoice me through Wise", severity: 'violation' }] },
  { text: "Please take Bitcoin as payment for the logo.", findings: [{ match: "take Bitcoin as payment", severity: 'violation' }] },
  { text: "Can you send the payment to my brother's account? Mine is blocked.", findings: [{ match: "send the payment to my brother's account", severity: 'violation' }] },
  { text: "How about I pay cash when we meet next week, Upwork just for the first milestone.", findings: [{ match: "cash", severity: 'violation' }] },
  { text: "Use the blue app, I'll send an invoice, no 20% cut for anyone.", findings: [{ match: "the blue app, I'll send an invoice", severity: 'violation' }] },
  { text: "You need to pay for the training kit first, then the job starts.", findings: [{ match: "need to pay for the training kit", severity: 'violation' }] },
  { text: "A tip on Cash App is better than the bonus button.", findings: [{ match: "Cash App", severity: 'violation' }] },
  { text: "Den Rest können wir in bar zahlen, wenn wir uns treffen.", findings: [{ match: "in bar zahlen", severity: 'violation' }] },
  { text: "Ab jetzt direkt per Überweisung, dann spart jeder die Gebühren.", findings: [{ match: "direkt per Überweisung", severity: 'violation' }] },
  { text: "Arreglamos por fuera y no le regalamos el 20% a la plataforma.", findings: [{ match: "Arreglamos por fuera", severity: 'violation' }] },
  { text: "Наступного разу без апворку, я тобі перекину напряму.", findings: [{ match: "Наступного разу без апворку", severity: 'violation' }, { match: "перекину напряму", severity: 'violation' }] },
  { text: "Baaki payment bahar se kar dunga, account details bhejo.", findings: [{ match: "payment bahar se", severity: 'violation' }] },
  { text: "ba7awel lak 3ala instapay, badal ma upwork yakhod nesba", findings: [{ match: "badal ma upwork yakhod nesba", severity: 'violation' }] },
  { text: "IBAN'a direkt atarsan komisyon kalmaz.", findings: [{ match: "direkt atarsan", severity: 'violation' }] },
  { text: "نكمل direct وأحولك على حسابك", findings: [{ match: "direct وأحولك", severity: 'violation' }] },
  { text: "JazzCash pe bhej dein, Upwork se paise nikalne mein 5 din lagte hain", findings: [{ match: "JazzCash", severity: 'violation' }] },
  // A scammer's reassurance and a payment said to usually stay on Upwork are not advice.
  { text: "This is not a scam, just pay me through PayPal.", findings: [{ match: "pay me through PayPal", severity: 'violation' }] },
  { text: "Usually payments are through Upwork, but for you I can take PayPal too.", findings: [{ match: "through Upwork, but for you I can take PayPal", severity: 'violation' }] },
  // Verb forms in fr/de/tr/ar, an imperative with no pronoun in Indonesian.
  { text: "Payez-moi par virement directement, on évite les frais.", findings: [{ match: "Payez-moi par virement directement", severity: 'violation' }] },
  { text: "Zahl mir den Rest per PayPal Freunde, dann fällt keine Gebühr an.", findings: [{ match: "Zahl mir den Rest per PayPal Freunde", severity: 'violation' }] },
  { text: "Bayar sisanya lewat transfer bank aja, biar gak kena potongan.", findings: [{ match: "Bayar sisanya lewat transfer bank", severity: 'violation' }] },
  { text: "Kalan ödemeyi IBAN'a havale yap, komisyon ödemeyelim.", findings: [{ match: "komisyon ödemeyelim", severity: 'violation' }] },
  { text: "حول لي الباقي على حسابي البنكي عشان نتجنب العمولة", findings: [{ match: "نتجنب العمولة", severity: 'violation' }] },
  // Settled between us with no platform in the middle; the Turkish cut avoided.
  { text: "Once this milestone is done, let's settle future invoices between us, no platform in the middle.", findings: [{ match: "settle future invoices between us", severity: 'violation' }, { match: "no platform in the middle", severity: 'violation' }] },
  { text: "Kalanını direkt banka hesabıma at, Upwork kesintisi olmasın.", findings: [{ match: "direkt banka hesabıma at", severity: 'violation' }] },
  // German: paying by transfer directly, everyone saving the fees.
  { text: "Ab dem nächsten Auftrag zahlen wir direkt per Überweisung, dann spart sich jeder die Gebühren.", findings: [{ match: "zahlen wir direkt", severity: 'violation' }, { match: "spart sich jeder die Gebühren", severity: 'violation' }] },
  // The money handled ourselves, 'for other clients' is not a shop's customers, a company's Stripe account.
  { text: "Let's keep Upwork for the contract but handle the money ourselves.", findings: [{ match: "handle the money ourselves", severity: 'violation' }] },
  { text: "The rest can go through Western Union, that's what I use for other clients.", findings: [{ match: "Western Union", severity: 'violation' }] },
  { text: "How about you pay me through my company's Stripe account?", findings: [{ match: "pay me through my company's Stripe account", severity: 'violation' }] },
  // The payments sorted out privately.
  { text: "We'll sort out the payments privately after this milestone.", findings: [{ match: "sort out the payments privately", severity: 'violation' }] },
  // A scam named as the reason does not make the writer's own request a warning; an answer that is not a refusal.
  { text: 'I got scammed last month, so pay me upfront via PayPal this time.', findings: [{ match: 'pay me upfront via PayPal', severity: 'violation' }] },
  { text: 'You asked about payment, just send it to my PayPal.', findings: [{ match: 'payment, just send it to my PayPal', severity: 'violation' }] },
  // Tokens and wallets: paid in a ticker, sent straight to a wallet, the escrow waved away.
  { text: 'We pay all contributors in $NOVA, no Upwork needed.', findings: [{ match: 'pay all contributors in $NOVA', severity: 'violation' }] },
  { text: 'Airdrop the tip to my wallet, nobody has to know.', findings: [{ match: 'Airdrop the tip to my wallet', severity: 'violation' }] },
  { text: "We'll cover it in our own tokens, paid straight into your wallet.", findings: [{ match: 'paid straight into your wallet', severity: 'violation' }] },
  { text: "No need for Upwork's escrow, we trust each other.", findings: [{ match: "No need for Upwork's escrow", severity: 'violation' }] },
  // The writer's own terms, with scams given as the reason; a wallet address asked for.
  { text: 'Payment via crypto only. Too many fake clients on here.', findings: [{ match: 'crypto', severity: 'violation' }] },
  { text: 'Too many scams lately, so I only accept crypto now.', findings: [{ match: 'crypto', severity: 'violation' }] },
  { text: "Drop your wallet addy and I'll send the bounty there.", findings: [{ match: 'your wallet addy', severity: 'violation' }] },
  // Telegraphic transfer, a cheque by post, the fee knocked off, the rest handled directly, a retainer or billing kept between the two.
  { text: 'For the deposit please T/T to our company account, the factory handles it.', findings: [{ match: 'T/T', severity: 'violation' }] },
  { text: "I'll pay the rest with a company check mailed to your office.", findings: [{ match: 'check', severity: 'violation' }] },
  { text: "I'll knock off the 10% Upwork takes if we settle by invoice.", findings: [{ match: 'knock off the 10% Upwork takes', severity: 'violation' }] },
  { text: 'Pay the first milestone here and the rest we handle directly.', findings: [{ match: 'milestone here and the rest we handle directly', severity: 'violation' }] },
  { text: 'After the pilot we run the monthly retainer just between us.', findings: [{ match: 'run the monthly retainer just between us', severity: 'violation' }] },
  { text: "Let's sort the billing side between ourselves from June.", findings: [{ match: 'sort the billing side between ourselves', severity: 'violation' }] },
  { text: 'You got a crypto wallet address? Deposit goes out today.', findings: [{ match: 'You got a crypto wallet address', severity: 'violation' }] },
  // The writer's own accepted methods (not a shop's checkout), paid directly, the payer's company invoiced directly, a price "por fora".
  { text: 'We accept various payment methods including ACH transfer and check.', findings: [{ match: 'ACH', severity: 'violation' }] },
  { text: 'Preferred payment methods: bank transfer and Payoneer.', findings: [{ match: 'bank transfer', severity: 'violation' }] },
  { text: 'Are you open to getting paid directly for the next phase?', findings: [{ match: 'getting paid directly', severity: 'violation' }] },
  { text: 'Can you invoice my company directly from QuickBooks next month?', findings: [{ match: 'invoice my company directly', severity: 'violation' }] },
  { text: 'Faço por R$ 900 se for por fora.', findings: [{ match: 'se for por fora', severity: 'violation' }] },
  {
    text: 'Keep the design partnership off the marketplace, a check mailed to my office works.',
    findings: [{ match: 'Keep the design partnership off the marketplace', severity: 'violation' }, { match: 'check', severity: 'violation' }],
  },
  // Payment details asked for as a bank's.
  { text: 'Send your payment details (bank name, IBAN, your full name) and I will transfer it.', findings: [{ match: 'your payment details', severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Stuur me een Tikkie, dan scheelt het ons de servicekosten.", findings: [{ match: "scheelt het ons de servicekosten", severity: 'violation' }] },
  { text: "Ik betaal je rechtstreeks via een overschrijving.", findings: [{ match: "betaal je rechtstreeks", severity: 'violation' }] },
  { text: "Plătesc direct pe card, fără comisionul Upwork.", findings: [{ match: "Plătesc direct pe card", severity: 'violation' }] },
  { text: "Îți dau banii prin transfer bancar, e mai rapid.", findings: [{ match: "Îți dau banii prin transfer bancar", severity: 'violation' }] },
  { text: "Saya bayar cash je masa jumpa nanti.", findings: [{ match: "bayar cash", severity: 'violation' }] },
  { text: "Boleh bank in terus ke akaun saya, jimat caj.", findings: [{ match: "bank in terus ke akaun", severity: 'violation' }] },
  { text: "수수료 아까우니까 계좌이체로 해드릴게요.", findings: [{ match: "수수료 아까", severity: 'violation' }] },
  { text: "토스로 송금해 드릴게요.", findings: [{ match: "토스로 송금", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '剩下的款你直接支付宝转我就行，平台抽成太高', findings: [{ match: '直接支付', severity: 'violation' }] },
  { text: '这单不走平台，完工后我微信转账给你', findings: [{ match: '不走平台，完工后我微信转账', severity: 'violation' }] },
  { text: 'anh chuyển khoản trực tiếp cho em nhé, đỡ mất phí Upwork', findings: [{ match: 'chuyển khoản trực tiếp', severity: 'violation' }] },
  { text: 'Thanh toán qua MoMo cho em luôn nha, khỏi qua Upwork', findings: [{ match: 'MoMo', severity: 'violation' }] },
  { text: '你直接 bank in 我的户口就好，Upwork抽太多了', findings: [{ match: '直接 bank in', severity: 'violation' }] },
  { text: '这次就不在平台下单了，做完我支付宝转你', findings: [{ match: '不在平台下单了，做完我支付', severity: 'violation' }] },
  { text: '我俾現金你得唔得？唔使經Upwork', findings: [{ match: '俾現金', severity: 'violation' }] },
  { text: 'Phần còn lại mình tính bên ngoài nhé, như mọi lần', findings: [{ match: 'tính bên ngoài', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 15 families: payroll and AP systems, gift cards and tip pages, the rest settled privately, Pix-era invoicing. */
invalid.push(
  { text: 'can u send the $ thru cash app instead? my upwork is being weird', findings: [{ match: 'cash app', severity: 'violation' }] },
  { text: "Forget the milestones, I'll send you an Amazon gift card for the $300.", findings: [{ match: 'gift card', severity: 'violation' }] },
  { text: 'can you just tip me on Ko-fi instead of making a contract?', findings: [{ match: 'Ko-fi', severity: 'violation' }] },
  { text: "I'll pay into your Buy Me a Coffee page instead of an offer, ok?", findings: [{ match: 'Buy Me a Coffee', severity: 'violation' }] },
  { text: "Just send it to my domiciliary account, I'll share the details.", findings: [{ match: 'my domiciliary account', severity: 'violation' }] },
  { text: 'Pay the first milestone here and we settle the remainder privately.', findings: [{ match: 'settle the remainder privately', severity: 'violation' }] },
  { text: "After the trial we'll put you on our payroll and stop paying you through Upwork.", findings: [{ match: 'put you on our payroll', severity: 'violation' }] },
  { text: "From month two we'd pay you from our own payroll.", findings: [{ match: 'pay you from our own payroll', severity: 'violation' }] },
  { text: 'How about we just deal directly for the next shop build?', findings: [{ match: 'deal directly', severity: 'violation' }] },
  { text: 'Para el próximo sprint te pago por transferencia directo.', findings: [{ match: 'te pago por transferencia directo', severity: 'violation' }] },
  { text: 'Podemos faturar direto pela minha empresa, sai mais barato.', findings: [{ match: 'faturar direto pela minha', severity: 'violation' }] },
  { text: "For the retainer, let's handle it outside the system.", findings: [{ match: "retainer, let's handle it outside the system", severity: 'violation' }] },
);

/** Batch 16: withdrawing one's earnings from the site, a user story or feature request, a rule keeping all payments on the platform. */
valid.push(
  'Once the milestone is released you can withdraw the money to your PayPal or your bank account.',
  'Spend the balance directly on PPH or withdraw the funds to your PayPal.',
  'Withdrawal methods:\n\nBank transfer\n\n• Add your bank account details.\n\nWire Transfer\n\n• Requires a $30 fee.',
  'As a freelancer, I want to receive payouts in USDT so that fees stay low.',
  'Could you add an option to send money as friends and family to avoid the fees?',
  'Ödemeleriniz sistemdeki "Öde" butonlarıyla doğrudan yapılabilir.',
  'Upwork mengharuskan semua pembayaran dilakukan melalui platform. Menawarkan pembayaran di luar platform adalah tanda penipuan.',
);
invalid.push(
  { text: 'Withdrawals take 5 days here, so just pay me to my PayPal instead.', findings: [{ match: 'take 5 days here, so just pay me to my PayPal', severity: 'violation' }] },
  { text: "I couldn't withdraw from Upwork this week, so send the rest to my PayPal.", findings: [{ match: 'send the rest to my PayPal', severity: 'violation' }] },
  { text: 'I can pay to your bank account directly, then you withdraw nothing and pay no fee.', findings: [{ match: 'pay to your bank account directly', severity: 'violation' }] },
);

/** Batch 16: dealing without the marketplace, Russian wallets, Turkish "platform dışından". */
valid.push("I can't work without Upwork protection, sorry.");
invalid.push(
  { text: "Let's work without Fiverr, their cut is too big.", findings: [{ match: 'work without Fiverr', severity: 'violation' }] },
  { text: 'You can send it to my QIWI wallet.', findings: [{ match: 'send it to my QIWI wallet', severity: 'violation' }] },
  { text: 'Ödemeyi platform dışından yapalım.', findings: [{ match: 'Ödemeyi platform dışından', severity: 'violation' }] },
);

/** Batch 17: own books and shops instead of Upwork, the next job off Upwork, cash in person; Ko-fi vs the name Kofi, reconciliation work. */
valid.push(
  'Two of your customers pay you by wire and one by ACH; those receipts are booked as new income.',
  'My cousin offered to pay me on Venmo for a logo, is that a scam?',
  'The help page says Upwork lets you withdraw to PayPal or Payoneer once funds clear.',
  "Kofi Boateng will mix the album; Kofi's invoice goes through Upwork.",
  'I sell beat packs on my Bandcamp and my site; the portfolio link is on my profile.',
  "I'll mix it and you can buy extra stems from the label's store later.",
);
invalid.push(
  { text: "From next month I'll bill you from my own FreshBooks and you can pay via Zelle.", findings: [{ match: 'pay via Zelle', severity: 'violation' }] },
  { text: 'Set up the books here first, then we can settle the ongoing fee privately.', findings: [{ match: 'settle the ongoing fee privately', severity: 'violation' }] },
  { text: "After the audit, let's figure out the retainer between us.", findings: [{ match: 'figure out the retainer between us', severity: 'violation' }] },
  { text: 'Pick up the stems on my Gumroad instead, way cheaper than here.', findings: [{ match: 'Pick up the stems on my Gumroad', severity: 'violation' }] },
  { text: "Join my Patreon instead and I'll send every stem.", findings: [{ match: 'Join my Patreon', severity: 'violation' }] },
  { text: 'Could we run the next milestone off Upwork? Their cut is brutal.', findings: [{ match: 'next milestone off Upwork', severity: 'violation' }] },
  { text: "Honestly I'll hand you cash at the site visit, saves the fees.", findings: [{ match: 'hand you cash', severity: 'violation' }] },
  { text: 'Ab dem nächsten Auftrag schicke ich dir eine eigene Rechnung.', findings: [{ match: 'schicke ich dir eine eigene Rechnung', severity: 'violation' }] },
  { text: "Pour la suite, je vous facture directement, c'est plus simple.", findings: [{ match: 'vous facture directement', severity: 'violation' }] },
  { text: 'Tip me on Ko-fi if you like it.', findings: [{ match: 'Ko-fi', severity: 'violation' }] },
);
/** Batch 18: local rails (SPEI/CLABE, Pix "no Pix", InstaPay, havale), "cheaper than the fees"; integrations, "3x sans frais", withdrawals stay clean. */
valid.push(
  'Integro Pix via API do Mercado Pago, com webhook de confirmação do pedido e QR Code dinâmico.',
  'Na boutique, le paiement en 3x sans frais est géré par le module Alma.',
  "Kazancımı Upwork'ten Payoneer hesabıma çekiyorum, faturayı oradan indirebilirsiniz.",
  'Retiro mis ganancias de Upwork a Payoneer cada mes.',
);
invalid.push(
  { text: 'Te deposito por SPEI hoy mismo, pásame tu CLABE.', findings: [{ match: 'deposito por SPEI', severity: 'violation' }] },
  { text: 'Faço um sinal no Pix e o resto na entrega.', findings: [{ match: 'Pix', severity: 'violation' }] },
  { text: 'Me passa sua chave que eu te pago hoje.', findings: [{ match: 'Me passa sua chave', severity: 'violation' }] },
  { text: 'Ha7awellak 3ala InstaPay, arkhas men el fees.', findings: [{ match: 'arkhas men el fees', severity: 'violation' }] },
  { text: "Momken nesh3'al men gheir Upwork w a7awellak el flous.", findings: [{ match: 'men gheir Upwork w a7awellak', severity: 'violation' }] },
  { text: "IBAN'ını gönder, havale yaparım.", findings: [{ match: "IBAN'ını gönder, havale yaparım", severity: 'violation' }] },
);

/** Batch 16 (Indonesian rules advice): an offer named as breaking the terms of service is a warning, not an offer. */
valid.push(
  'Pekerjaan apa pun yang menawarkan pembayaran di muka di luar platform melanggar ketentuan layanan Upwork.',
  'Menerima pembayaran di luar platform melanggar syarat dan ketentuan Upwork, jadi semua transaksi harus lewat Upwork.',
);
invalid.push(
  { text: 'Saya minta pembayaran di luar platform via transfer bank, biar tidak kena potongan.', findings: [{ match: 'pembayaran di luar platform', severity: 'violation' }] },
  { text: 'Kita lanjut pembayaran di luar platform saja, lebih murah.', findings: [{ match: 'pembayaran di luar platform', severity: 'violation' }] },
);

/** Batch 19 (precision): working inside a project tool "directly", one's direct details once a contract has started. */
valid.push(
  { text: 'To work in your Google Sheet directly, please share it with rakib.bd@gmail.com as Editor. All talk stays here.', context: { contract: 'active' } },
  { text: 'Now that our contract has started, here are my direct details for day-to-day coordination.', context: { contract: 'active' } },
);
invalid.push(
  { text: 'We can work directly in Google Sheets from now on and you pay me by PayPal.', findings: [{ match: 'work directly', severity: 'violation' }, { match: 'pay me by PayPal', severity: 'violation' }] },
  { text: "Next project let's contract directly, here are my direct details.", findings: [{ match: "Next project let's contract directly", severity: 'violation' }] },
);
/** Batches 19-20: the next updates done "direct" (a bare "direct" that ends the clause), "no middle fee"; direct upload and mail stay features. */
valid.push(
  "Next sprint we'll ship the direct upload feature.",
  'For the next phase, add direct and indirect costs to the report.',
  'For the next version, add direct mail tracking.',
  'The next update adds direct messaging between users.',
);
invalid.push(
  { text: 'For the next phase we can go direct with you, cheaper for both.', findings: [{ match: 'next phase we can go direct', severity: 'violation' }] },
  { text: "Future updates we'll handle direct, no middle fee.", findings: [{ match: "Future updates we'll handle direct", severity: 'violation' }, { match: 'no middle fee', severity: 'violation' }] },
  { text: 'After this order we do direct, I knock 15% off.', findings: [{ match: 'After this order we do direct', severity: 'violation' }] },
  { text: 'Next phase we go direct and I knock off 10%.', findings: [{ match: 'Next phase we go direct', severity: 'violation' }] },
);

/** Batches 19-20: UK and Nordic rails (BACS, Faster Payments, a standing order, Vipps, MobilePay), Upwork's way named as the one not taken. */
valid.push(
  'We process payroll by BACS for our 40 staff.',
  'We added Vipps and MobilePay to the checkout for Nordic customers.',
  'Customers pay via PayPal on our own site rather than a marketplace.',
);
invalid.push(
  { text: 'Could we pay the invoice by BACS instead of through the platform?', findings: [{ match: 'pay the invoice by BACS', severity: 'violation' }] },
  { text: 'Happy to pay you by standing order each month.', findings: [{ match: 'pay you by standing order', severity: 'violation' }] },
  { text: 'I can pay you by Faster Payments tonight.', findings: [{ match: 'Faster Payments', severity: 'violation' }] },
  { text: "MobilePay me the rest, it's quicker than the site.", findings: [{ match: 'MobilePay', severity: 'violation' }] },
);

/** Batches 19-20: a payment passed off as a gift or donation, in each language; "nobody takes a cut". A gift bought, a bonus on Upwork, a co-op stay clean. */
valid.push(
  'I paid for the portrait as a gift for my wife.',
  'The client sent a bonus as a gift through Upwork.',
  "We're a co-op, so nobody takes a cut of your sales.",
  'Please send the source files as a gift to the team, no rush.',
  "Label the deliverable as a gift for the client's launch.",
);
invalid.push(
  { text: "I'll transfer the last 200 dollars as a personal gift, so no fees.", findings: [{ match: 'transfer the last 200 dollars as a personal gift', severity: 'violation' }] },
  { text: 'Can you pay me as a donation instead of a contract?', findings: [{ match: 'pay me as a donation', severity: 'violation' }] },
  { text: "Let's call it a gift and I'll pay you by transfer.", findings: [{ match: "call it a gift and I'll pay", severity: 'violation' }] },
  { text: 'Would you take a donation-style payment?', findings: [{ match: 'donation-style payment', severity: 'violation' }] },
  { text: 'Pay the rest to my sister, and that way nobody takes a cut.', findings: [{ match: 'nobody takes a cut', severity: 'violation' }] },
  { text: 'Te paso el resto como regalo por transferencia.', findings: [{ match: 'Te paso el resto como regalo por transferencia', severity: 'violation' }] },
  { text: 'Je te vire le reste comme un cadeau.', findings: [{ match: 'vire le reste comme un cadeau', severity: 'violation' }] },
  { text: 'Ich überweise dir den Rest als Geschenk.', findings: [{ match: 'überweise dir den Rest als Geschenk', severity: 'violation' }] },
  { text: 'Переведу остаток как подарок.', findings: [{ match: 'Переведу остаток как подарок', severity: 'violation' }] },
  { text: 'Переведу залишок як подарунок.', findings: [{ match: 'Переведу залишок як подарунок', severity: 'violation' }] },
  { text: 'Main baaki payment gift ke taur pe bhej dunga.', findings: [{ match: 'payment gift ke taur pe', severity: 'violation' }] },
  { text: 'Bayar sisanya sebagai hadiah aja.', findings: [{ match: 'Bayar sisanya sebagai hadiah', severity: 'violation' }] },
  { text: 'Kalan ödemeyi hediye olarak gönderirim.', findings: [{ match: 'ödemeyi hediye olarak', severity: 'violation' }] },
  { text: 'Nadie se queda con comisión si lo hacemos así.', findings: [{ match: 'Nadie se queda con comisión', severity: 'violation' }] },
);

/** Batches 19-20: booked or hired directly "without going through Upwork", the fees saved for someone else; a hotel booking, a store checkout, a bonus on Upwork stay clean. */
valid.push(
  'You can pay me directly through Upwork with the bonus button.',
  'Guests can book directly without going through Booking.com.',
  'The plugin lets users pay without going through the site checkout.',
);
invalid.push(
  { text: 'Can we hire you directly without going through the platform?', findings: [{ match: 'hire you directly without going through the platform', severity: 'violation' }] },
  { text: "I'd pay him without going through Upwork next time.", findings: [{ match: 'pay him without going through Upwork', severity: 'violation' }] },
  { text: 'My friend wants to book you directly, it would save her the fees.', findings: [{ match: 'book you directly', severity: 'violation' }, { match: 'save her the fees', severity: 'violation' }] },
);

/** Batches 19-20: cash on the day, the money put in your hand (each language), a milestone closed as if paid; invoices marked paid in the books stay clean. */
valid.push(
  'Please mark the invoice as paid in QuickBooks once the bank clears it.',
  'The cash register app must mark the order as paid.',
  'Cash flow on the day of launch matters.',
  "I close the contract as soon as it's paid.",
);
invalid.push(
  { text: "We'll pay you cash at the venue.", findings: [{ match: 'cash', severity: 'violation' }] },
  { text: 'Knock off 10% and we just pay cash on the day.', findings: [{ match: 'cash', severity: 'violation' }] },
  { text: "I'll put the money in your hand when we meet.", findings: [{ match: 'put the money in your hand', severity: 'violation' }] },
  { text: "Mark the milestone as paid and I'll send it later.", findings: [{ match: 'Mark the milestone as paid', severity: 'violation' }] },
  { text: 'Approve the contract as if it was paid, the system only needs that.', findings: [{ match: 'Approve the contract as if it was paid', severity: 'violation' }] },
  { text: 'Te doy el dinero en la mano cuando vengas.', findings: [{ match: 'el dinero en la mano', severity: 'violation' }] },
  { text: 'Ti do o dinheiro na mão quando nos encontrarmos.', findings: [{ match: 'o dinheiro na mão', severity: 'violation' }] },
  { text: "Je te donne l'argent en main propre.", findings: [{ match: "l'argent en main propre", severity: 'violation' }] },
  { text: 'Ich gebe dir das Geld in die Hand.', findings: [{ match: 'das Geld in die Hand', severity: 'violation' }] },
  { text: 'Отдам деньги в руки при встрече.', findings: [{ match: 'деньги в руки', severity: 'violation' }] },
  { text: 'Paise aapke haath mein de dunga.', findings: [{ match: 'Paise aapke haath mein', severity: 'violation' }] },
  { text: 'Uangnya langsung di tangan pas ketemu.', findings: [{ match: 'Uangnya langsung di tangan', severity: 'violation' }] },
  { text: 'Hadi el flous f idak lama tiji.', findings: [{ match: 'el flous f idak', severity: 'violation' }] },
  { text: 'Parayı eline veririm.', findings: [{ match: 'Parayı eline', severity: 'violation' }] },
);

/** Batches 19-20: privacy coins and stablecoins (Monero, XMR, Zcash), the contract skipped "here entirely"; a Monero wallet build, price charts, a contract review stay clean. */
valid.push(
  'Build a Monero wallet integration with payment notifications.',
  'The dashboard shows XMR and ZEC prices.',
  'We can skip the contract review for this small fix.',
);
invalid.push(
  { text: 'I can take payment in Monero if you prefer discretion.', findings: [{ match: 'take payment in Monero', severity: 'violation' }] },
  { text: 'Send the rest in XMR, nobody tracks it.', findings: [{ match: 'XMR', severity: 'violation' }] },
  { text: 'We can skip the contract altogether and you pay me weekly.', findings: [{ match: 'skip the contract altogether', severity: 'violation' }] },
  { text: "Let's bypass the escrow on Upwork this time.", findings: [{ match: 'bypass the escrow on Upwork', severity: 'violation' }] },
);

/**
 * Batches 19-20: billing through the freelancer's own company or business account (each language), a price dropped for it, the
 * collaboration continued "independently", "my monthly retainer" paid by wire even beside accounting words. Invoicing set up in
 * someone's books, invoicing told for taxes, a freelancer who works independently stay clean.
 */
valid.push(
  "I set up invoicing through your company's Xero account.",
  'I handle invoicing for my own company in QuickBooks.',
  'I invoice my Upwork earnings through my company for tax reasons.',
  'Upwork kazancımın faturasını şirketim üzerinden kesiyorum, vergi için.',
  'I prefer to work independently and meet deadlines.',
);
invalid.push(
  { text: 'I can bill you through my LLC from next month.', findings: [{ match: 'bill you through my LLC', severity: 'violation' }] },
  { text: 'If we invoice it via my own agency directly, I can lower the rate.', findings: [{ match: 'invoice it via my own agency directly', severity: 'violation' }] },
  { text: 'Most clients prefer invoicing through my business account rather than through a marketplace.', findings: [{ match: 'invoicing through my business account', severity: 'violation' }] },
  { text: 'After the trial we could continue our collaboration independently.', findings: [{ match: 'continue our collaboration independently', severity: 'violation' }] },
  { text: 'Settle my monthly retainer by wire, it keeps your accounting simple.', findings: [{ match: 'Settle my monthly retainer by wire', severity: 'violation' }] },
  { text: 'Te facturo desde mi empresa y te sale más barato.', findings: [{ match: 'Te facturo desde mi empresa', severity: 'violation' }] },
  { text: 'Posso faturar pela minha empresa, sai mais barato.', findings: [{ match: 'faturar pela minha empresa', severity: 'violation' }] },
  { text: "Je peux facturer via ma société, c'est moins cher.", findings: [{ match: 'facturer via ma société', severity: 'violation' }] },
  { text: 'Ich kann das über meine Firma abrechnen, dann ist es günstiger.', findings: [{ match: 'über meine Firma abrechnen', severity: 'violation' }] },
  { text: 'Выставлю счет от моей компании, будет дешевле.', findings: [{ match: 'Выставлю счет от моей компании', severity: 'violation' }] },
  { text: 'Виставлю рахунок від моєї компанії, буде дешевше.', findings: [{ match: 'Виставлю рахунок від моєї компанії', severity: 'violation' }] },
  { text: 'Bisa invoice lewat perusahaan saya, lebih murah.', findings: [{ match: 'invoice lewat perusahaan saya', severity: 'violation' }] },
  { text: 'Şirketim üzerinden fatura keserim, daha ucuz olur.', findings: [{ match: 'Şirketim üzerinden fatura', severity: 'violation' }] },
);

/** Batches 19-20: the arrangement kept from Upwork ("Upwork don't need to know") in talk of paying, in each language; privacy advice and warnings stay clean. */
valid.push(
  "Upwork doesn't need to know your home address, keep it off your profile.",
  "Don't think Upwork won't know, they read the messages and hold your payments.",
  'Some clients say Upwork will never find out about side payments. It will.',
  "If a client tells you Upwork won't find out about a payment by PayPal, it's a scam.",
  'Hindi malalaman ng Upwork ang address mo, secure ito.',
);
invalid.push(
  { text: "Name the account you want the money in, Upwork doesn't need to know.", findings: [{ match: "Upwork doesn't need to know", severity: 'violation' }] },
  { text: "Tell me the amount you want, Upwork won't know.", findings: [{ match: "Upwork won't know", severity: 'violation' }] },
  { text: 'Me dices cómo quieres cobrar y lo arreglo, Upwork no tiene por qué saberlo.', findings: [{ match: 'Upwork no tiene por qué saberlo', severity: 'violation' }] },
  { text: 'Você me diz como quer receber, o Upwork não precisa saber.', findings: [{ match: 'o Upwork não precisa saber', severity: 'violation' }] },
  { text: "Dis-moi comment tu veux être payé, Upwork n'a pas besoin de le savoir.", findings: [{ match: "Upwork n'a pas besoin de le savoir", severity: 'violation' }] },
  { text: 'Sag mir, wie du bezahlt werden willst, Upwork muss das nicht wissen.', findings: [{ match: 'Upwork muss das nicht wissen', severity: 'violation' }] },
  { text: 'Скажи, как удобнее оплату, апворку не обязательно знать.', findings: [{ match: 'апворку не обязательно знать', severity: 'violation' }] },
  { text: "Оплату зробимо як зручно, апворку не обов'язково знати.", findings: [{ match: "апворку не обов'язково знати", severity: 'violation' }] },
  { text: 'Batao payment kaise chahiye, Upwork ko pata nahi chalega.', findings: [{ match: 'Upwork ko pata nahi chalega', severity: 'violation' }] },
  { text: 'Bilang mo lang paano bayad, hindi malalaman ng Upwork.', findings: [{ match: 'hindi malalaman ng Upwork', severity: 'violation' }] },
  { text: 'Bilang aja mau dibayar gimana, Upwork gak perlu tahu.', findings: [{ match: 'Upwork gak perlu tahu', severity: 'violation' }] },
  { text: "Ödemeyi nasıl istersen yaparız, Upwork'ün bilmesine gerek yok.", findings: [{ match: "Upwork'ün bilmesine gerek yok", severity: 'violation' }] },
  { text: 'Olol el flous ezzay, upwork mesh lazem ye3raf.', findings: [{ match: 'upwork mesh lazem ye3raf', severity: 'violation' }] },
);

/**
 * Batches 19-20: the other person's payment account asked for without "your" ("email do PayPal", "PayPal的地址", "PayPal email still
 * the same?") or whether they have one ("do you have Revolut?", in each language, Polish and Chinese too); a shop's options, experience
 * with PayPal, a notification email stay clean.
 */
valid.push(
  'Do you have PayPal? I can add it to the checkout.',
  'Do you have PayPal integration experience?',
  'Does your store have PayPal?',
  'Is the PayPal email notification sent?',
  'Do you have wise advice?',
  'Tienes experiencia con PayPal?',
  'Set up a separate email for PayPal notifications.',
  'Configurar o email do PayPal nas notificações da loja.',
);
invalid.push(
  { text: 'PayPal email still the same?', findings: [{ match: 'PayPal email still the same', severity: 'violation' }] },
  { text: "Do you have Revolut? I'd rather send it there.", findings: [{ match: 'Do you have Revolut', severity: 'violation' }] },
  { text: 'Qual é o email do PayPal?', findings: [{ match: 'email do PayPal', severity: 'violation' }] },
  { text: 'Hast du PayPal?', findings: [{ match: 'Hast du PayPal', severity: 'violation' }] },
  { text: '¿Tienes PayPal o Wise?', findings: [{ match: 'Tienes PayPal', severity: 'violation' }] },
  { text: 'Tu as Lydia ?', findings: [{ match: 'Tu as Lydia', severity: 'violation' }] },
  { text: 'У вас есть пайпал?', findings: [{ match: 'У вас есть пайпал', severity: 'violation' }] },
  { text: 'У тебе є монобанк?', findings: [{ match: 'У тебе є монобанк', severity: 'violation' }] },
  { text: 'Punya GCash?', findings: [{ match: 'Punya GCash', severity: 'violation' }] },
  { text: 'May GCash ka ba?', findings: [{ match: 'May GCash ka', severity: 'violation' }] },
  { text: 'Papara hesabın var mı?', findings: [{ match: 'Papara hesabın var mı', severity: 'violation' }] },
  { text: 'Chcesz przelew czy masz PayPala?', findings: [{ match: 'masz PayPala', severity: 'violation' }] },
  { text: 'Adres do Revoluta ten sam?', findings: [{ match: 'Adres do Revoluta', severity: 'violation' }] },
  { text: 'Podaj adres do PayPala, zapłacę dziś.', findings: [{ match: 'adres do PayPala', severity: 'violation' }] },
  { text: '你有PayPal吗？', findings: [{ match: '你有PayPal', severity: 'violation' }] },
  { text: '发我一下你的PayPal账号', findings: [{ match: 'PayPal账号', severity: 'violation' }] },
);
/** Batch 20 (precision): a scam told in the passive ("you are told"), the protection lost named as the cost. */
valid.push(
  'At some point you are told to unlock your earnings by paying a fee in crypto.',
  "If you take payment outside of Upwork, you lose Upwork's payment protection.",
);
invalid.push(
  { text: 'You need to pay the unlock fee in crypto to get your earnings.', findings: [{ match: 'pay the unlock fee in crypto', severity: 'violation' }] },
  { text: "You're told the fee is lower with Wise, so pay me through Wise.", findings: [{ match: 'through Wise', severity: 'violation' }] },
  { text: 'I was told you accept PayPal, so pay me there.', findings: [{ match: 'PayPal', severity: 'violation' }] },
);

/** Batch 19/16 (precision): "I must respectfully decline", "I only work through Upwork", a rules page in Indonesian. */
valid.push(
  'Thank you for offering double if I accept Bitcoin instead of Upwork. I must respectfully decline, I only work through Upwork contracts.',
  'I only get paid via Upwork, so USDT is not something I can take.',
  "Thanks, but I'll have to politely decline the Wise transfer.",
  'Upwork melarang pembayaran di luar platform karena melanggar ketentuan layanan.',
);
invalid.push(
  { text: 'Bitcoin pays double? Great, I accept payment in Bitcoin.', findings: [{ match: 'accept payment in Bitcoin', severity: 'violation' }] },
  { text: 'Pay me double in USDT instead of Upwork and I will start today.', findings: [{ match: 'Pay me double in USDT', severity: 'violation' }] },
  { text: 'Kalau bayar di luar platform, kita hemat fee.', findings: [{ match: 'bayar di luar platform', severity: 'violation' }] },
);

/**
 * Batch 20 (precision): a product or a rail described to nobody in particular (a tool that lets freelancers..., what anyone can do with
 * crypto, a list of tools each with its use, a verdict on a service, one role paying another); the same words with an ask stay flagged.
 */
valid.push(
  'It is a service that lets freelancers get paid in crypto.',
  'A small app that allows clients and contractors to settle invoices directly, without a marketplace.',
  'With stablecoins anyone can send money across borders in seconds.',
  'Jira for tickets, PayPal for invoices, Slack for chat and Drive for files.',
  'Wise has been reliable, we have been using it for years to pay our suppliers.',
  'El cliente paga al freelancer directamente y asume el riesgo.',
  'Le client paie le freelance directement, sans intermédiaire.',
  'The client pays the freelancer directly in this model.',
);
invalid.push(
  { text: 'My app lets clients pay me directly, no Upwork cut.', findings: [{ match: 'pay me directly', severity: 'violation' }] },
  { text: 'With crypto you can send money to me anywhere in the world.', findings: [{ match: 'crypto you can send money', severity: 'violation' }] },
  { text: 'PayPal for the deposit, Wise for the rest.', findings: [{ match: 'PayPal', severity: 'violation' }] },
  { text: 'Payoneer is amazing, send the payment there.', findings: [{ match: 'Payoneer', severity: 'violation' }] },
  { text: 'Der Auftraggeber zahlt Sie direkt per Überweisung.', findings: [{ match: 'zahlt Sie direkt', severity: 'violation' }] },
  {
    text: 'Je vous paie directement, sans intermédiaire.',
    findings: [
      { match: 'paie directement', severity: 'violation' },
      { match: 'sans intermédiaire', severity: 'violation' },
    ],
  },
);

/**
 * Batches 19-20 (precision): an add-on or extension built for a payment service, a bot's payment feature in Russian and Ukrainian,
 * withdrawal fees in German and Spanish, what an app or a store must accept, the cost of a rail weighed, a past story about a deal
 * with someone else, working inside a project tool "directly", "my direct details" once a contract runs, "payments will stay on Upwork".
 */
valid.push(
  'Can you create an add-on for Venmo so shops can accept payments with it?',
  'Store the PayPal secret key in the env file, not in the repo.',
  'Хочу, чтобы бот принимал оплату через QIWI и ЮMoney, пользователь выбирает способ.',
  'Бот має приймати оплату через Monobank, користувач обирає спосіб.',
  'Auszahlungen auf dein Bankkonto kosten Gebühren, prüfe die Optionen und wähle die günstigste ohne Risiko.',
  'Los retiros a Payoneer tienen comisiones; elige el método más barato sin perder seguridad.',
  'The store should accept payment by Mada, Apple Pay and STC Pay through a local gateway.',
  'Our site needs to support payment via Pix and boleto for Brazilian buyers.',
  'Cons: gas fees, ethereum network fees and a 10% platform fee.',
  'PayPal fees add up quickly for small invoices, and the exchange rate is poor.',
  'Last year I asked a client to pay half upfront through Wise, and he did. It worked out fine.',
  'Back then my client paid me via PayPal because he had no Upwork account.',
  'I can work in your Figma file directly if you add me as an editor.',
  {
    text: 'Now that the contract is active, here are my direct details: Slack @mira-dev in your workspace. Payments will stay on Upwork.',
    context: { contract: 'active' },
  },
);
invalid.push(
  { text: 'Can you pay me by Wise? The add-on is finished.', findings: [{ match: 'pay me by Wise', severity: 'violation' }] },
  { text: 'Можно оплату через YooMoney? Так быстрее.', findings: [{ match: 'YooMoney', severity: 'violation' }] },
  { text: 'Zahl mir den Rest direkt, ohne die Gebühren, die Auszahlung dauert sonst ewig.', findings: [{ match: 'Zahl mir den Rest direkt', severity: 'violation' }] },
  { text: "Vous pouvez me payer par Orange Money, c'est plus rapide que les retraits Upwork.", findings: [{ match: 'Orange Money', severity: 'violation' }] },
  { text: 'The app will show your price, then I accept payment by Wise.', findings: [{ match: 'accept payment by Wise', severity: 'violation' }] },
  { text: "PayPal fees are lower than Upwork's, so pay me there.", findings: [{ match: 'PayPal', severity: 'violation' }] },
  { text: "Ethereum network fees are low now, let's settle in ETH.", findings: [{ match: 'Ethereum', severity: 'violation' }] },
  { text: 'I asked you to pay via Payoneer, please do it today.', findings: [{ match: 'pay via Payoneer', severity: 'violation' }] },
  { text: 'I paid the last freelancer through Wise, can we do the same?', findings: [{ match: 'paid the last freelancer through Wise', severity: 'violation' }] },
  { text: "Now that the contract has started, let's do the next milestones directly.", findings: [{ match: 'next milestones directly', severity: 'violation' }] },
  {
    text: "Let's work in your Google Sheet directly and settle the payment between us.",
    findings: [
      { match: 'work in your Google Sheet directly', severity: 'violation' },
      { match: 'settle the payment between us', severity: 'violation' },
    ],
  },
);

/** Batches 30-32 (precision): refusals and the reader's own request answered, in every language; payment processors, data and
 * payroll work; free follow-up help; the reader's question quoted to be answered. */
valid.push(
  "Te agradezco, pero no puedo aceptar pagos por fuera de Upwork, aunque sea para ahorrar la comisión.",
  "Não posso aceitar pagamento por fora, nem para economizar a taxa.",
  "Je n'accepte pas de paiement hors Upwork, même pour éviter les frais.",
  "Оплату напрямую на карту я не приму.",
  "Non accetto pagamenti fuori dalla piattaforma, mi dispiace.",
  "Sorry, ma2darsh a2bal ay payment barra Upwork.",
  "Mafeesh ay payments barra el platform, kollo 3ala Upwork.",
  "Wala po kayong babayaran sa labas ng Upwork.",
  "Lo que me pediste de pagar por fuera no lo puedo hacer.",
  "We had two applicants ask whether we could pay in USDT. We cannot.",
  "The Braintree sandbox accepts Venmo as a payment method on iOS.",
  "Integraremos Mercado Pago con pagos en cuotas sin interés para sus compradores.",
  "Przelewy24 z BLIK-iem działa w sandboxie.",
  "Label each Zelle and Venmo transfer by its merchant category.",
  "- direct deposit for all employees through Gusto",
  "Questions for a month after delivery are included, no need to open a new contract.",
  "Small fixes are free of charge, no need to create another milestone.",
  "You asked me two questions. 1. \"Would you take payment by Wise?\" Not possible, payments go through Upwork.",
);
invalid.push(
  { text: "No need to open a new contract for the fixes, pay me the $150 on the side.", findings: [{ match: "No need to open a new contract", severity: 'violation' }] },
  { text: "Small fixes are included, no need to open a new contract, just send the money to my PayPal.", findings: [{ match: "send the money to my PayPal", severity: 'violation' }] },
  { text: "Aceito pagamento por fora via Pix, fica mais barato.", findings: [{ match: "Pix", severity: 'violation' }] },
  { text: "Payroll is done, now pay me the rest by direct deposit to my own bank account.", findings: [{ match: "pay me the rest by direct deposit", severity: 'violation' }] },
  { text: "Label the rows later; first send the deposit to my Zelle.", findings: [{ match: "send the deposit to my Zelle", severity: 'violation' }] },
  { text: "Wala nang fee kung sa GCash mo ako babayaran.", findings: [{ match: "GCash", severity: 'violation' }] },
  { text: "You wrote the brief well. Send the payment to my Payoneer instead of Upwork.", findings: [{ match: "Send the payment to my Payoneer", severity: 'violation' }] },
);

/** Batches 30-34 (precision): the cost of paying outside spelled out, an impostor's message warned of, analytics, a test booking,
 * a shop's checkout next to "your payments stay on Upwork". */
valid.push(
  "With PayPal, if anything goes wrong you'd have no protection, that's why we use milestones.",
  "If any message claims to be from us and asks you to deposit a cheque, it's a scam.",
  "Link clicks this week: menu 58%, gift cards 9%.",
  "Na-cancel ko agad yung sample booking para walang charge.",
  "The checkout copy lists PayPal and bank transfer for your customers. Your payments stay on Upwork.",
);
invalid.push(
  { text: "Pay me by Wise, with milestones you'd have no protection anyway.", findings: [{ match: "Pay me by Wise", severity: 'violation' }] },
  { text: "Walang charge kung sa GCash mo ako babayaran.", findings: [{ match: "GCash", severity: 'violation' }] },
  { text: "Your payments stay on Upwork? No, send the rest by bank transfer.", findings: [{ match: "bank transfer", severity: 'violation' }] },
  { text: "Payments stay on Upwork for the first milestone, then send the rest by bank transfer.", findings: [{ match: "bank transfer", severity: 'violation' }] },
);

/** Batch 33 (precision): the clause's subject is the negation. */
valid.push("Just so it's clear: nobody from our company will ever send you a cheque.", 'No one on our team will ask you to pay by gift card.');
invalid.push(
  { text: "Nobody will find out, pay me by Zelle.", findings: [{ match: "pay me by Zelle", severity: 'violation' }] },
  { text: "Nobody has to know if you pay me via Zelle.", findings: [{ match: "Zelle", severity: 'violation' }] },
);

/** Training batches 31-32: fees saved and work done directly or off the books, in Italian, Polish, Arabizi, French, Filipino. */
invalid.push(
  { text: 'Così risparmiamo la commissione di Upwork', findings: [{ match: 'risparmiamo la commissione', severity: 'violation' }] },
  { text: 'Robimy to bez prowizji, przelewem na konto', findings: [{ match: 'bez prowizji', severity: 'violation' }] },
  { text: 'law 7abeit nwaffar el 3omola w a7wellak direct', findings: [{ match: 'a7wellak direct', severity: 'violation' }] },
  { text: 'On travaille en direct pour la suite ?', findings: [{ match: 'On travaille en direct', severity: 'violation' }] },
  { text: 'Facciamo in nero e ti faccio lo sconto', findings: [{ match: 'Facciamo in nero', severity: 'violation' }] },
  { text: 'Direkta na tayo sa susunod na project', findings: [{ match: 'Direkta na tayo', severity: 'violation' }] },
);
valid.push(
  'Lo sfondo in nero e il logo in bianco',
  'La commissione di Upwork è del 10%, la pago io senza problemi',
  'nwm czy dobrze rozumiem, ale chyba proponujesz przelew poza platformą? jesli tak to nie, wszystko idzie przez upworka',
);

/**
 * Batches 38-41 (precision): a way to pay named in the work (a script, a gift card template, a shop's checkout "eingebunden", the
 * stores a video editor worked for, a chatbot's payment link, bookkeeping of the reader's suppliers), a toll-free number ("numéro
 * sans frais"), payment through Upwork by card, a question answered with a refusal, an impostor disowned, payouts explained, a scam
 * explained.
 */
valid.push(
  'Can you design a gift card template for our bakery? Front and back, print-ready.',
  'The ad script lists PayPal, Venmo and Zelle as ways to pay; should I read them faster?',
  "Your books show a Wise account for paying your suppliers in Spain, I'll reconcile it monthly.",
  'Ich habe TWINT und PostFinance in den Shopify-Checkout eingebunden.',
  'Já editei vídeos para lojas que vendem com Pix.',
  'I build Messenger chatbots for clinics with a GCash payment link for deposits.',
  "Nous refaisons votre page : le numéro sans frais n'est pas cliquable sur mobile.",
  'None of our PayPal payments went out last Friday.',
  'Бухгалтерія питає про рахунок, бо ми платимо через Upwork з картки компанії.',
  'You asked about Zelle. No, sorry, all payments go through the Upwork contract.',
  "If anyone outside Upwork offers you payment for this survey, it isn't us.",
  'Freelancers can receive their earnings through Payoneer or PayPal, whichever withdrawal option suits them.',
  'A client who overpays and asks for a refund is running the scam. The same pattern shows up with Zelle transfers.',
);
invalid.push(
  { text: "Can you design the flyer? I'll pay you via PayPal when it's done.", findings: [{ match: 'pay you via PayPal', severity: 'violation' }] },
  { text: "We pay through Upwork now, but next time let's use Wise, it's cheaper.", findings: [{ match: 'Wise', severity: 'violation' }] },
  {
    text: 'Платимо через Upwork, а решту на картку, так дешевше.',
    findings: [{ match: 'Платимо через Upwork, а решту на картку', severity: 'violation' }],
  },
  { text: "Our company pays all suppliers by Zelle, so I'll send yours there too.", findings: [{ match: 'Zelle', severity: 'violation' }] },
);

// Local payment rails named per country (OXXO, Multicaixa Express, Cash Plus, eSewa, eZ Cash, Kaspi, PrivatBank, DANA), round 6.
valid.push(
  'I integrated eSewa and Khalti into the checkout for a Kathmandu shop.',
  'Integré pagos por OXXO y SPEI en la tienda Shopify del cliente.',
  'Depositar los archivos en la carpeta de Drive, por favor.',
  'Сделал интеграцию с Kaspi Магазином и выгрузку каталога из 1С.',
);
invalid.push(
  { text: 'Me puede depositar en OXXO directo y le hago descuento.', findings: [{ match: 'depositar en OXXO directo', severity: 'violation' }] },
  { text: 'Me manda via Multicaixa Express, é mais rápido.', findings: [{ match: 'via Multicaixa Express', severity: 'violation' }] },
  { text: 'sift lia lflouss b Cash Plus, bla Upwork', findings: [{ match: 'lflouss b Cash Plus', severity: 'violation' }] },
  { text: 'Baki payment eSewa ma pathaidinus.', findings: [{ match: 'payment eSewa', severity: 'violation' }] },
  { text: 'You can send the balance to my Sampath account directly.', findings: [{ match: 'send the balance to my Sampath account', severity: 'violation' }] },
  { text: 'Остаток кину тебе на Kaspi.', findings: [{ match: 'кину тебе на Kaspi', severity: 'violation' }] },
  { text: 'Можна наступний етап на картку Приватбанку, без відсотків платформи?', findings: [{ match: 'на картку Приватбанку, без відсотків платформи', severity: 'violation' }] },
  { text: 'Sisa pembayarannya transfer DANA wae, Mas.', findings: [{ match: 'pembayarannya transfer DANA', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "PayPal決済の機能をECサイトに実装しました",
  "お支払いはUpwork経由でお願いします。直接の送金はお受けできかねます",
  "手数料の計算ロジックを修正しました",
  "Malipo yote yatapitia Upwork kama kawaida",
  "Nimeunganisha M-Pesa STK push kwenye app yako",
  "Tusifanye malipo nje ya Upwork, ni kinyume na sheria zao",
);
invalid.push(
  { text: "ペイパルで直接払いますね、手数料もったいないので", findings: [{ match: "直接払い", severity: 'violation' }] },
  { text: "Upwork通さずに銀行振込でお支払いしてもいいですか", findings: [{ match: "Upwork通さずに銀行振込", severity: 'violation' }] },
  { text: "現金手渡しでどうですか", findings: [{ match: "現金手渡し", severity: 'violation' }] },
  { text: "Nitakulipa kwa M-Pesa moja kwa moja, tuepuke makato ya Upwork", findings: [{ match: "M-Pesa", severity: 'violation' }] },
  { text: "Nitumie pesa kwa M-Pesa moja kwa moja, tuepuke makato", findings: [{ match: "M-Pesa", severity: 'violation' }] },
  { text: "Tufanye malipo nje ya Upwork bila makato", findings: [{ match: "malipo nje ya Upwork", severity: 'violation' }] },
);

// Japanese and Swahili, round 9b: methods named with a person (払いますね, lipa), an account of a relative, reviews traded, work held, calls.
valid.push(
  "銀行振込の画面を実装しました",
  "Nimeunganisha Till namba kwenye mfumo wako wa malipo",
  "Tafadhali lipa kupitia Upwork kama kawaida",
);
invalid.push(
  { text: "来月分は銀行振込で払いますね", findings: [{ match: "銀行振込で払い", severity: 'violation' }] },
  { text: "Lipa kwa till namba 5521 ukimaliza", findings: [{ match: "Lipa kwa till namba", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: "I'd work directly on the main branch unless you prefer PRs.",
    expected: 'valid',
    actual: 'violation "work directly" (a way of working on code, not working around Upwork)',
  },
  {
    text: "Let's check the balance sheet template together.",
    expected: 'valid',
    actual: 'violation "check" (the verb read as a cheque payment)',
  },
  {
    text: "We can skip Upwork's 10% fee if you pay me directly.",
    expected: [
      { match: "skip Upwork's 10% fee", severity: 'violation' },
      { match: 'pay me directly', severity: 'violation' },
    ],
    actual: 'violation "skip Upwork\'s 10%" (the word "fee" is left out of the match, so the fix leaves "We can  fee if ...") and "pay me directly"',
  },
];


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "خلي الدفعة الثانية برا المنصة ونوفر العمولة", findings: [{ match: "الدفعة الثانية برا المنصة", severity: 'violation' }] },
  { text: "ممكن تدفعلي دايركت على زين كاش؟", findings: [{ match: "تدفعلي دايركت", severity: 'violation' }] },
  { text: "bt7awelli 3al whish direct w bnwaffer el 3omola", findings: [{ match: "bt7awelli 3al whish direct", severity: 'violation' }] },
  { text: "nkhalsou bla frais, b baridimob direct", findings: [{ match: "bla frais", severity: 'violation' }] },
  { text: "السداد يكون خارج المنصة بحوالة بنكية", findings: [{ match: "السداد يكون خارج المنصة", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "ربطت بوابة الدفع في التطبيق مع زين كاش كوسائل دفع" },
  { text: "الدفعة الأولى وصلت على المنصة، شكراً" },
  { text: "el 3omola bta3et upwork 10% w di ma3roofa" },
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "โอนผ่านพร้อมเพย์มาได้เลยครับ ไม่ต้องผ่าน upwork", findings: [{ match: "โอนผ่านพร้อมเพย์มาได้เลยครับ ไม่ต้องผ่าน upwork", severity: 'violation' }] },
  { text: "จ่ายนอกระบบได้ไหมครับ จะได้ไม่เสียค่าธรรมเนียม", findings: [{ match: "จ่ายนอกระบบ", severity: 'violation' }] },
  { text: "مستقیم پرداخت کن که کمیسیون ندیم", findings: [{ match: "مستقیم پرداخت", severity: 'violation' }] },
  { text: "mostaghim pardakht kon ke commission nadim", findings: [{ match: "mostaghim pardakht", severity: 'violation' }] },
  { text: "תשלם לי ישירות בביט בלי העמלה", findings: [{ match: "תשלם לי ישירות", severity: 'violation' }] },
  { text: "העברה בנקאית ישירה ונחסוך את העמלה", findings: [{ match: "ונחסוך את העמלה", severity: 'violation' }] },
  { text: "плати ми директно по банков път без комисионна", findings: [{ match: "плати ми директно", severity: 'violation' }] },
  { text: "zaplať mi napřímo na účet bez poplatku", findings: [{ match: "zaplať mi napřímo", severity: 'violation' }] },
  { text: "zaplať přes Revolut mimo platformu", findings: [{ match: "zaplať přes Revolut mimo platformu", severity: 'violation' }] },
);
valid.push(
  "ต้องการเชื่อมระบบชำระเงินพร้อมเพย์กับเว็บไซต์",
  "ราคา 5000 บาท ส่งงานวันที่ 12",
  "درگاه پرداخت را به سایت وصل می کنم",
  "سیستم پرداخت امن به گونه ای است که مبلغ به صورت مستقیم به حساب فریلنسر واریز نخواهد شد",
  "צריך אינטגרציה של תשלומים לאתר",
  "интеграция на плащания за сайта, цената е 300 лева",
  "integrace platební brány, cena 5000 Kč, termín pátek",
  "zaplatíte přes Upwork, jako vždy",
);

/** Round ten, second pass: own numbers and phone cues, refused reviews held with a negation, a Thai refusal kept on Upwork, Hebrew 'התשלום'. */
invalid.push(
  { text: "נעשה את התשלום מחוץ לאפוורק", findings: [{ match: "התשלום מחוץ לאפוורק", severity: 'violation' }] },
);
valid.push(
  "לطفا از طریق آپورک پرداخت کنید",
  "התשלום דרך אפוורק בלבד, בבקשה",
  "ค่าธรรมเนียม Upwork 10% ผมคิดรวมไว้ในราคาแล้ว",
  "плащането е през Upwork, таксата е включена в цената",
  "platba přes Upwork, poplatek je v ceně",
);
/**
 * A Bulgarian or Czech "in Upwork" is read as keeping the payment there only with "all", "only" or "here": Russian and
 * Polish share the bare words, and a fee-dodging scheme names Upwork too (both were missed from round ten until then).
 */
invalid.push(
  { text: "Большую часть вы переведете мне на Wise, а в Upwork сделаем контракт поменьше.", findings: [{ match: "переведете мне на Wise", severity: 'violation' }] },
  { text: "Dam Panu 800 zł do ręki, a na Upworku damy kontrakt na 80 zł dla porządku.", findings: [{ match: "Dam Panu 800 zł do ręki", severity: 'violation' }] },
);
valid.push(
  "всичко остава в Upwork, плащането е по договора",
  "všechno jen na Upworku, platba po milnících",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Πλήρωσέ με απευθείας μέσω IRIS", findings: [{ match: "Πλήρωσέ με απευθείας", severity: 'violation' }] },
  { text: "Να γλιτώσουμε την προμήθεια του Upwork, πλήρωσε με Revolut", findings: [{ match: "Να γλιτώσουμε την προμήθεια", severity: 'violation' }] },
  { text: "plirwse me apeftheias xwris promitheia", findings: [{ match: "plirwse me apeftheias", severity: 'violation' }] },
  { text: "Fizess közvetlenül a bankszámlámra", findings: [{ match: "Fizess közvetlenül", severity: 'violation' }] },
  { text: "Utald át Revoluttal, így megspóroljuk a jutalékot", findings: [{ match: "megspóroljuk a jutalékot", severity: 'violation' }] },
  { text: "fizess kozvetlenul, jutalek nelkul", findings: [{ match: "fizess kozvetlenul", severity: 'violation' }] },
  { text: "നേരിട്ട് ജിപേ ചെയ്യാം, കമ്മീഷൻ ഇല്ലാതെ", findings: [{ match: "കമ്മീഷൻ ഇല്ലാതെ", severity: 'violation' }] },
  { text: "GPay-il nerittu paisa ayakkam, upwork fee kodukkanda", findings: [{ match: "nerittu paisa ayakkam", severity: 'violation' }] },
);
valid.push(
  "Θέλω ενσωμάτωση πληρωμών IRIS στο e-shop",
  "Η πληρωμή θα γίνει μέσω Upwork",
  "Η Iris θα στείλει τα αρχεία αύριο",
  "Η δεύτερη αλλαγή χωρίς χρέωση",
  "Fizetési integráció kell a webshopba: Revolut és átutalás",
  "A fizetés az Upworkön keresztül történik",
  "A számla mellékelve, díj nélkül javítom",
  "UPI payment integration website-il venam",
  "payment upwork vazhi mathram",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Στείλε μου τα λεφτά με IRIS", findings: [{ match: "Στείλε μου τα λεφτά με IRIS", severity: 'violation' }] },
  { text: "Μπορείς να πληρώσεις με IRIS;", findings: [{ match: "πληρώσεις με IRIS", severity: 'violation' }] },
  { text: "Δέχομαι μόνο τραπεζική μεταφορά, όχι μέσω Upwork", findings: [{ match: "Δέχομαι μόνο τραπεζική μεταφορά", severity: 'violation' }] },
  { text: "Revoluttal fizetek neked", findings: [{ match: "Revoluttal fizetek", severity: 'violation' }] },
  { text: "Átutalással fizetnék, a bankszámlámra", findings: [{ match: "Átutalással fizetnék", severity: 'violation' }] },
  { text: "GPay cheyyamo?", findings: [{ match: "GPay cheyyamo", severity: 'violation' }] },
  { text: "ജിപേ ചെയ്യാമോ?", findings: [{ match: "ജിപേ ചെയ്യാമോ", severity: 'violation' }] },
);
valid.push(
  "Το e-shop δέχεται IRIS και κάρτες",
  "A webshop Revolutot is elfogad",
  "GPay integration cheyyamo?",
  "Η Iris μου έστειλε τα αρχεία",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
valid.push(
  "Δεν χρειάζεται να πληρώσετε τίποτα εκτός Upwork, όλα γίνονται μέσω της πλατφόρμας.",
  "Az ügyfelem közvetlen fizetést kért, de nemet mondtam.",
  "എന്റെ ക്ലയന്റ് നേരിട്ട് പണം തരാമെന്ന് പറഞ്ഞു, പക്ഷേ ഞാൻ സമ്മതിച്ചില്ല.",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Tha se plirwsw me IRIS gia na min plirwsoume promitheia", findings: [{ match: "na min plirwsoume promitheia", severity: 'violation' }] },
  { text: "Ha közvetlenül utalsz, adok 10% kedvezményt", findings: [{ match: "közvetlenül utalsz", severity: 'violation' }] },
  { text: "Direct aayi GPay cheythal 10% discount tharam", findings: [{ match: "GPay cheythal", severity: 'violation' }] },
);
valid.push(
  "App-il GPay payment option add cheyyanam, athu njan cheyyam.",
);

/** Round sixteen, real text by family (my own wording, not the corpus's): a project's answer that a method will not be supported, another marketplace's help page stating its rule. */
valid.push(
  'No. Venmo will not be supported in the foreseeable future; this tracker is for bugs.',
  "Zelle isn't accepted at the moment, sorry, only cards at checkout.",
  'All payments for completed work must go through the platform; attempts to pay outside will lead to account suspension.',
);
invalid.push(
  { text: 'PayPal is accepted for now, so just pay me there.', findings: [{ match: 'PayPal', severity: 'violation' }] },
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Plati mi direktno na moj račun, bez provizije", findings: [{ match: "Plati mi direktno", severity: 'violation' }] },
  { text: "Uplati na račun preko Revoluta da izbjegnemo proviziju", findings: [{ match: "izbjegnemo proviziju", severity: 'violation' }] },
  { text: "Плати ми директно, без провизије", findings: [{ match: "Плати ми директно", severity: 'violation' }] },
  { text: "Birbaşa kartıma köçürün, komissiyasız", findings: [{ match: "Birbaşa kartıma köçürün", severity: 'violation' }] },
  { text: "m10-la ödəyin, Upwork-un faizi olmasın", findings: [{ match: "Upwork-un faizi olmasın", severity: 'violation' }] },
  { text: "გადმომირიცხე პირდაპირ TBC ბარათზე, საკომისიოს გარეშე", findings: [{ match: "გადმომირიცხე პირდაპირ", severity: 'violation' }] },
  { text: "gadmomiricxe pirdapir baratze", findings: [{ match: "gadmomiricxe pirdapir", severity: 'violation' }] },
  { text: "በቴሌብር በቀጥታ ክፈለኝ፣ ያለ ኮሚሽን", findings: [{ match: "ያለ ኮሚሽን", severity: 'violation' }] },
  { text: "telebirr lay beqetta kifelegn", findings: [{ match: "beqetta kifelegn", severity: 'violation' }] },
);
valid.push(
  "Treba mi integracija plaćanja s Revolutom",
  "Plaćanje ide preko Upworka, provizija je uračunata",
  "Druga izmjena je bez naknade",
  "Ödəniş sistemi inteqrasiyası lazımdır",
  "გადახდის სისტემის ინტეგრაცია მჭირდება TBC-სთან",
  "የቴሌብር የክፍያ ሲስተም ኢንቴግሬሽን እፈልጋለሁ",
  "ዋጋው 500 ብር ነው",
);

/** Round thirteen, second pass: an account rented or used, a rail used with the person in the verb ('በቴሌብር ክፈለኝ'), a talk moved, a good review held; asks reported and refused. */
invalid.push(
  { text: "Plati preko Wise, tako ne plaćamo proviziju Upworku", findings: [{ match: "Plati preko Wise", severity: 'violation' }] },
  { text: "Telebirr lay kifelegn", findings: [{ match: "Telebirr lay kifelegn", severity: 'violation' }] },
  { text: "በቴሌብር ክፈለኝ", findings: [{ match: "በቴሌብር ክፈለኝ", severity: 'violation' }] },
  { text: "გადაიხადე Bank of Georgia-ს ბარათზე პირდაპირ", findings: [{ match: "გადაიხადე Bank of Georgia-ს ბარათზე პირდაპირ", severity: 'violation' }] },
);
valid.push(
  "Trgovina prima Revolut i kartice",
  "ለሱቁ የቴሌብር ክፍያ ማስገቢያ እሰራለሁ",
  "Ödəniş Upwork vasitəsilə olacaq",
  "გადახდა Upwork-ის მეშვეობით",
  "ክፍያው በUpwork በኩል ይሆናል",
  "Upwork naplaćuje 10%, zato radim preko Upworka",
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "direct ah GPay pannunga", findings: [{ match: "direct ah GPay pannunga", severity: 'violation' }] },
  { text: "GPay la direct ah anuppunga", findings: [{ match: "GPay la direct ah", severity: 'violation' }] },
  { text: "commission illama direct ah pay pannunga", findings: [{ match: "direct ah pay pannunga", severity: 'violation' }] },
  { text: "ஜிபே பண்ணுங்க, கமிஷன் இல்லாம", findings: [{ match: "கமிஷன் இல்லாம", severity: 'violation' }] },
  { text: "direct ga GPay cheyyandi", findings: [{ match: "direct ga GPay cheyyandi", severity: 'violation' }] },
  { text: "GPay lo direct ga pampandi", findings: [{ match: "GPay lo direct ga", severity: 'violation' }] },
  { text: "upwork fee lekunda direct ga pampandi", findings: [{ match: "upwork fee lekunda", severity: 'violation' }] },
  { text: "కమిషన్ లేకుండా డైరెక్ట్ గా పంపండి", findings: [{ match: "కమిషన్ లేకుండా", severity: 'violation' }] },
  { text: "send the money to my GTBank account", findings: [{ match: "send the money to my GTBank", severity: 'violation' }] },
  { text: "send am to my account, na Opay", findings: [{ match: "Opay", severity: 'violation' }] },
  { text: "abeg pay me through bank transfer make we no pay upwork charges", findings: [{ match: "pay me through bank transfer", severity: 'violation' }] },
);
valid.push(
  "GPay payment integration website la venum",
  "GPay payment integration website lo kavali",
  "I need Opay payment integration for my website",
  "I fit help you set up your Opay merchant account for the website",
  "payment na through upwork",
  "I go pay for the premium plan next month",
  "the grey background looks better",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "कमीशन के बिना सीधे बैंक ट्रांसफर कर दीजिए", findings: [{ match: "सीधे बैंक ट्रांसफर कर", severity: 'violation' }] },
  { text: "मुझे सीधे पेमेंट कर दो", findings: [{ match: "सीधे पेमेंट", severity: 'violation' }] },
  { text: "फीस बचाने के लिए सीधे Paytm पर पैसे भेज दो", findings: [{ match: "Paytm", severity: 'violation' }] },
  { text: "थेट पैसे पाठवा, अपवर्कची फी वाचेल", findings: [{ match: "थेट पैसे पाठवा", severity: 'violation' }] },
  { text: "कमिशन न देता थेट GPay करा", findings: [{ match: "कमिशन न देता", severity: 'violation' }] },
  { text: "सिधै eSewa मा पैसा पठाउनुहोस्, कमिसन बच्छ", findings: [{ match: "सिधै eSewa मा पैसा पठाउनुहोस्", severity: 'violation' }] },
  { text: "সরাসরি বিকাশে টাকা পাঠান, কমিশন লাগবে না", findings: [{ match: "সরাসরি বিকাশে টাকা পাঠান", severity: 'violation' }] },
  { text: "ফি ছাড়া নগদে পেমেন্ট করুন", findings: [{ match: "ফি ছাড়া", severity: 'violation' }] },
  { text: "বিকাশে টাকা পাঠান", findings: [{ match: "বিকাশে টাকা পাঠান", severity: 'violation' }] },
);
valid.push(
  "वेबसाइट में UPI पेमेंट इंटीग्रेशन चाहिए",
  "বিকাশ পেমেন্ট ইন্টিগ্রেশন দরকার",
  "पेमेंट अपवर्क के ज़रिए ही होगा",
  "पेमेंट अपवर्कवरूनच होईल",
  "পেমেন্ট আপওয়ার্কের মাধ্যমেই হবে",
  "बिना किसी एक्स्ट्रा फीस के बदलाव कर दूंगा",
  "কোনো ফি ছাড়া আমি এটা ঠিক করে দেব",
  "अपवर्क के बाहर पेमेंट नहीं करूंगा",
  "বিকাশের সাথে কাল মিটিং আছে",
  "अपवर्क की फीस 10% है, इसलिए मेरी रेट थोड़ी ज़्यादा है",
  "सीधे मुद्दे पर आते हैं: कीमत 5000 रुपये",
);

/** Round seventeen: a rail and a bare 'do' or 'send' after it (जीपे कर दो, gpay kar do, জিপে করে দিন); my own cases both ways. */
invalid.push(
  { text: "जीपे कर दो", findings: [{ match: "जीपे कर दो", severity: 'violation' }] },
  { text: "जीपे पर भेज दो", findings: [{ match: "जीपे पर भेज दो", severity: 'violation' }] },
  { text: "पेटीएम कर दीजिए", findings: [{ match: "पेटीएम कर दीजिए", severity: 'violation' }] },
  { text: "gpay kar do", findings: [{ match: "gpay kar do", severity: 'violation' }] },
  { text: "जीपे करा", findings: [{ match: "जीपे करा", severity: 'violation' }] },
  { text: "জিপে করে দিন", findings: [{ match: "জিপে করে দিন", severity: 'violation' }] },
);
valid.push(
  "जीपे का लोगो बदल दो",
  "जीपे इंटीग्रेशन कर दो",
  "GPay ka logo change kar do",
  "gpay integration kar do",
);

/** Round seventeen: Azerbaijani work talk spells integration with a q ("inteqrasiya"); a rail asked for in Azerbaijani or English is still read. */
invalid.push(
  { text: "Mənə Payoneer ilə ödəyin", findings: [{ match: "Payoneer", severity: 'violation' }] },
  { text: "Payoneer hesabıma köçürün", findings: [{ match: "Payoneer", severity: 'violation' }] },
  { text: "Payoneer", findings: [{ match: "Payoneer", severity: 'violation' }] },
);
valid.push(
  "Ödəniş sistemi inteqrasiyası üçün Payoneer lazımdır",
  "Saytımıza ödəniş sistemi inteqrasiyası: Payoneer və Stripe",
  "Mağazamızın müştəriləri Payoneer ilə ödəyə bilsin, inteqrasiya edin",
);

/** Round seventeen, batch 69: a product's payment support weighed (US only, a developer account, homologação) and a rail's fee counted stay clean. */
invalid.push(
  { text: "Me pagas por PayPal y yo cubro la comisión por la transferencia a PayPal", findings: [{ match: "PayPal", severity: 'violation' }] },
  { text: "trabajemos fuera de upwork sin comisión", findings: [{ match: "sin comisión", severity: 'violation' }] },
);
valid.push(
  "I think Zelle is US only though and involves something to do with banks so may be very hard for us to get a developer account for or test.",
  "Em produção, apenas será ativado o PIX após nossa homologação, todas as tratativas e dúvidas serão tratadas via o chamado que abrirem.",
  "Imagine que cobra por un proyecto 200$, tan solo 40$ los toma la plataforma, sin contar la comisión por la transferencia a PayPal.",
);

/**
 * Round eighteen: a wallet or a bank account named with its ending, then the writer's own "I'll send / I'll give" or the reader's
 * "please send" (Marathi करतो, Nepali पठाइदिन्छु, दिन्छु, पठाउनुस्, Latin "bata pathaidinus", Bengali পাঠাচ্ছি); a payment
 * button or checkout page built as the work stays clean. My own cases both ways.
 */
invalid.push(
  { text: "उरलेले पैसे मी फोनपे करतो", findings: [{ match: "फोनपे करतो", severity: 'violation' }] },
  { text: "बाँकी रकम खल्तीबाट पठाइदिन्छु", findings: [{ match: "खल्तीबाट पठाइदिन्छु", severity: 'violation' }] },
  { text: "म तपाईंलाई ईसेवामा दिन्छु", findings: [{ match: "ईसेवामा दिन्छु", severity: 'violation' }] },
  { text: "बाकी पैसा मेरो बैंक खातामा पठाउनुस्", findings: [{ match: "बैंक खातामा पठाउनुस्", severity: 'violation' }] },
  { text: "baki paisa khalti bata pathaidinchhu", findings: [{ match: "paisa khalti", severity: 'violation' }] },
  { text: "বাকি টাকা বিকাশে দিচ্ছি", findings: [{ match: "বিকাশে দিচ্ছি", severity: 'violation' }] },
);
valid.push(
  "खल्तीमा भुक्तानी गर्ने बटन काम गर्दैन, स्क्रिनसट पठाउँछु।",
  "हामीलाई इसेवा र खल्ती इन्टिग्रेसन चाहिन्छ, डेमो पठाइदिनुस्।",
  "বিকাশে পেমেন্ট গেটওয়ে ইন্টিগ্রেশন করে দিন, ডকুমেন্টেশন পাঠাব।",
  "इसेवाको लोगो नयाँ डिजाइनमा राखिदिनुस्",
  "मैंने बैंक खाते का स्टेटमेंट वाला टेम्पलेट भेज दिया है",
);

/**
 * Round nineteen: paying around Upwork without a method: a way around the fee asked in the next sentence, SnapScan and a Razorpay
 * link, vouchers and store credit as pay, Upwork left seeing only part of the money. My own cases both ways, with the look-alikes: a
 * workaround for a bug, a gateway integrated, store credit as a shop feature.
 */
invalid.push(
  { text: 'The service fee is steep. Is there some way to get around it?', findings: [{ match: 'service fee is steep. Is there some way to get around', severity: 'violation' }] },
  { text: 'I can pay you by SnapScan tonight, quicker than a milestone.', findings: [{ match: 'pay you by SnapScan', severity: 'violation' }] },
  { text: 'My fee you can pay on my Instamojo link, sir.', findings: [{ match: 'pay on my Instamojo link', severity: 'violation' }] },
  { text: 'Would you accept gift vouchers instead of money for this one?', findings: [{ match: 'accept gift vouchers', severity: 'violation' }] },
  { text: "We'll keep a small contract so the platform only sees a few dollars of it.", findings: [{ match: 'so the platform only sees', severity: 'violation' }] },
);
valid.push(
  'Any workaround for the CORS error? The fetch fails on Safari.',
  'Integrate the Razorpay payment link into the checkout page for the Indian store.',
  'Returns are refunded as store credit on the Shopify store, please show it on the order page.',
  'The platform only sees the public profile data through the API.',
  // False alarms read by their reason: a business's own books, its staff paid by a payroll product, buy-now-pay-later only a shop
  // offers, a payment-method report, a shop's post with cash on delivery.
  'We found four Venmo payments to a supplier in the March ledger. Which expense account should they go to?',
  'The payroll app keeps paying staff directly, I only fixed the journal mapping.',
  'Can you chart sales by payment method breakdown: Apple Pay, Afterpay, Klarna?',
  'Post caption draft: "Order now, pay with GCash, COD available in Cebu." OK for the shop page?',
  'Please pay through Upwork instead of PayPal, that keeps us both protected.',
);
invalid.push(
  // A discount for paying outside: "instead of" a price compares prices, it refuses nothing.
  { text: 'Final price $200 instead of $260 if you pay by Western Union to my cousin.', findings: [{ match: 'pay by Western Union', severity: 'violation' }] },
  // Next to them, the same names used to pay the reader.
  { text: "We're done with the platform fees, I'll pay you via Venmo from now on.", findings: [{ match: 'pay you via Venmo', severity: 'violation' }] },
  { text: 'Skip the milestones, I can keep you on as a 1099 contractor and pay you directly.', findings: [{ match: 'contractor and pay you directly', severity: 'violation' }] },
);

/**
 * Round twenty: paying aside with no method named ("settle with you privately", "arrange payments between ourselves", "keep this
 * between us, no Upwork", ru), my own cases; next to them offers told then refused in a note.
 */
invalid.push(
  { text: "After the first milestone I can settle with you privately each month.", findings: [{ match: "milestone I can settle with you privately", severity: 'violation' }] },
  { text: "Let's arrange payments between ourselves from now on, the fee is too high.", findings: [{ match: "arrange payments between ourselves", severity: 'violation' }] },
  { text: "Keep this between us, no Upwork, I'll pay at the end of the week.", findings: [{ match: "Keep this between us, no Upwork", severity: 'violation' }] },
  { text: "You can send the money by your own way, I'll share my details.", findings: [{ match: "send the money by your own way", severity: 'violation' }] },
  { text: "Оплату за следующий этап оформим без биржи, так дешевле.", findings: [{ match: "Оплату за следующий этап оформим без биржи", severity: 'violation' }] },
);
valid.push(...OUTSIDE_REFUSED_CLEAN);

/**
 * Round twenty, phone chat: "pay u straight" against the fees; next to it paying through Upwork as usual.
 */
invalid.push(
  { text: "honestly id rather pay u straight, the fees r too much", findings: [{ match: "pay u straight", severity: 'violation' }] },
);
valid.push(
  "the fees r fine, ill pay u through upwork as usual",
);


/** Round eleven: Persian typed on an Arabic keyboard (ي, ك) reads as Persian; a card-to-card payment asked with the verb alone. */
invalid.push(
  { text: "کارت به کارت کنید لطفا", findings: [{ match: "کارت به کارت کنید", severity: 'violation' }] },
  { text: "كارت به كارت كنيد لطفا", findings: [{ match: "كارت به كارت كنيد", severity: 'violation' }] },
  { text: "شماره کارت بدید تا واریز کنم", findings: [{ match: "شماره کارت بدید", severity: 'violation' }] },
  { text: "شماره كارتت رو بده", findings: [{ match: "شماره كارتت رو بده", severity: 'violation' }] },
  { text: "بقیه پول رو کارت به کارت می کنم", findings: [{ match: "کارت به کارت می کنم", severity: 'violation' }] },
  { text: "kart be kart konid lotfan", findings: [{ match: "kart be kart konid", severity: 'violation' }] },
  { text: "مستقيم پرداخت كن كه كميسيون نديم", findings: [{ match: "مستقيم پرداخت", severity: 'violation' }] },
);
valid.push(
  "کارت به کارت نمی کنم، فقط از طریق آپورک",
  "سیستم کارت به کارت برای اپلیکیشن بانک طراحی کنید",
  "درگاه پرداخت كارت به كارت را به سايت وصل مي كنم",
  "قیمت ۵۰۰ دلار، تحویل تا ۱۲ آذر",
);

/**
 * Round twenty-one, false alarms by family: a way to pay printed on an object being made (a patch, a sign, a logo, an ad's creatives), and a
 * business's own books in Portuguese. Next to them a contract signed and the rest paid by PayPal, a logo and a payment instead of Upwork.
 */
valid.push(
  'The embroidered patch reads "PAYPAL ACCEPTED" for the food truck, you asked for red and white, correct?',
  'O fluxo de caixa separa recebimentos por Pix, boleto e cartão, com a taxa de cada um.',
  'In the creatives, highlight that people can pay with Pix, boleto or card in up to 10 interest-free installments.',
);
invalid.push(
  { text: "Sign the contract here and pay me the rest on PayPal.", findings: [{ match: "pay me the rest on PayPal", severity: 'violation' }] },
  { text: "Put the logo on the invoice and pay me through PayPal instead.", findings: [{ match: "invoice and pay me through PayPal", severity: 'violation' }] },
  { text: "contract's fine but for the extra menu board ill just venmo u 80 ok", findings: [{ match: "venmo", severity: 'violation' }] },
);

/**
 * Round twenty-two, a business's takings from its own customers: the payers are the writer's customers ("our families", "our tenants"),
 * the money is taken at the counter, or the work is logging those payments. Next to them the same takings with the reader paid or paying.
 */
valid.push(
  'Our families pay us by check, card or insurance assignment. I need the pre-need contract PDF to list all three payment options clearly.',
  'We take payments by ACH, card or check. Part of the job is logging payments in the AMS and sending receipts. You won\'t ever handle card numbers directly.',
  'we take cash app and venmo at the window, can u put those logos on the sign',
  'Our guests pay by Venmo or Zelle when they check in, and the booking confirmation should say so.',
  'Our tenants pay us by Zelle or check every month; the spreadsheet needs one column per method.',
  'We accept Venmo and Cash App at the counter, please add both icons to the menu board.',
  'We accept Zelle and checks. The job is mostly recording payments in QuickBooks and sending receipts to members.',
);
invalid.push(
  { text: "Our customers pay us by Zelle, so you can pay me the same way.", findings: [{ match: "pay us by Zelle", severity: 'violation' }] },
  { text: "We accept Zelle. Part of the job is logging payments, so just zelle me the deposit.", findings: [{ match: "Zelle", severity: 'violation' }, { match: "zelle me", severity: 'violation' }] },
  { text: "we take cash app, just send the 80 there", findings: [{ match: "cash app", severity: 'violation' }] },
  { text: "I accept Zelle or Venmo, and I'll send receipts for each payment.", findings: [{ match: "Zelle", severity: 'violation' }] },
  { text: "We take payments by ACH or check, send me your routing number.", findings: [{ match: "take payments by ACH", severity: 'violation' }] },
);

/**
 * Round twenty-two, a fault reported in a product's payment flow ("errored out", "To reproduce:", "threw an error"): the money went to a
 * site or a product. Next to them the same faults given as the reason to pay the reader another way.
 */
valid.push(
  "I went through your bounty flow to add a bounty for an issue; PayPal successfully took payment from me, but  then the 'return' to bountysource errored-out and the bounty didn't get added on your website! Please correct this urgently as I'm $50 down and will have to open a dispute with PayPal if this cannot be resolved in a matter of days.",
  'Making a payment with USDT on Tron network sends the funds in another address than the one specified as intended. To reproduce: create a wallet in the TRON network, link it to a store, create an invoice and pay it.',
  'I paid with Zelle on your booking site and it errored out, the reservation never showed up.',
  'The bounty widget took my payment through PayPal and then threw an error, so the issue never got funded.',
);
invalid.push(
  { text: "The Upwork payment errored out again, just pay me via PayPal instead.", findings: [{ match: "payment errored out again, just pay me via PayPal", severity: 'violation' }] },
  { text: "Cash App me the 80 now, the Upwork checkout returned an error again.", findings: [{ match: "Cash App me", severity: 'violation' }] },
  { text: "The escrow errored out again, send us the money on Wise and we'll start.", findings: [{ match: "send us the money on Wise", severity: 'violation' }] },
  { text: "The milestone errored out, let's do bank transfer directly this time.", findings: [{ match: "bank transfer", severity: 'violation' }] },
);

/**
 * Round twenty-four, languages (t39): paying around Upwork in Spanish, Portuguese and Russian: the next job done "por fuera"/"por fora" (not
 * with the Brazilian "não" after it), "te hago un bizum", Russian banks by name ("на сбер"), the next order "мимо апворка". Next to them
 * shops that take those methods, refusals, and the next job kept on Upwork.
 */
invalid.push(
  { text: "el próximo proyecto lo hacemos por fuera, sin upwork", findings: [{ match: "lo hacemos por fuera", severity: 'violation' }] },
  { text: "te hago un bizum y ya está", findings: [{ match: "te hago un bizum", severity: 'violation' }] },
  { text: "переведу на сбер", findings: [{ match: "переведу на сбер", severity: 'violation' }] },
  { text: "o próximo a gente faz por fora", findings: [{ match: "a gente faz por fora", severity: 'violation' }] },
  { text: "следующий заказ давай мимо апворка", findings: [{ match: "следующий заказ давай мимо апворка", severity: 'violation' }] },
);
valid.push(
  "el próximo proyecto lo hacemos por aquí en upwork también",
  "la app tiene que aceptar bizum y tarjeta",
  "nada de bizum, todo por upwork",
  "в приложении нужна оплата через сбер и тинькофф",
  "клиент предлагал перевести на сбер, я отказался",
  "a gente faz por fora não, fica tudo na plataforma",
  "o próximo a gente faz pela upwork também",
  "el cliente me propuso que lo hacemos por fuera y le dije que no",
);

/** Round twenty-four, languages (t39): Chinese "下次私下交易", proposed; the platform kept and a scam warning's "诱导私下交易" are clean. */
invalid.push({ text: "下次私下交易", findings: [{ match: "下次私下交易", severity: 'violation' }] });
valid.push("所有付款都走平台", "网站需要接入支付宝和微信支付", "诱导私下交易:骗子会以各种理由要求消费者通过私信进行私下交易,避免使用平台担保交易功能。");

/**
 * Round twenty-four (the proposal stage): a payment outside deferred to the hire is still a payment outside ("... once you hire me"); the
 * transfer "straight into" a bank and the fee "spared" in Vietnamese, where "bớt" (a discount) folds to "bot" and is no chatbot; Swahili
 * "no need to go through Upwork" is no promise to stay on it; Malayalam verb endings of six letters and more. Next to them: contact
 * deferred the same way, a bot built, a monthly salary paid through Upwork, a payment integration set up once the contract starts.
 */
invalid.push(
  {
    text: "For long-term clients I accept GCash direct so we both skip the 10% cut, we can talk about it once you hire me.",
    findings: [{ match: "GCash", severity: 'violation' }, { match: "skip the 10% cut", severity: 'violation' }],
  },
  { text: "Nếu anh chuyển khoản thẳng vào Techcombank cho em thì em bớt cho anh 500 nghìn.", findings: [{ match: "chuyển khoản thẳng vào", severity: 'violation' }] },
  { text: "Ukinilipa moja kwa moja kwa M-Pesa nitakupunguzia bei, hakuna haja ya kupitia Upwork na makato yao.", findings: [{ match: "M-Pesa", severity: 'violation' }] },
  // Round twenty-six (t45): "sending it directly is enough" (നേരിട്ട് അയച്ചാൽ മതി) is now read as paying directly, a frame read
  // before the fee avoided; one finding a sentence, so the span moved from the fee to the direct payment.
  { text: "അപ്‌വർക്കിന്റെ ഫീസ് ഒഴിവാക്കാമല്ലോ, നേരിട്ട് അയച്ചാൽ മതി.", findings: [{ match: "നേരിട്ട് അയച്ചാൽ മതി", severity: 'violation' }] },
);
valid.push(
  "Once you hire me, I will invoice every milestone through Upwork.",
  "Em sẽ làm bot cho anh trên Zalo, khách chuyển khoản trực tiếp trong bot.",
  "Nitalipwa kupitia Upwork tu, kama kawaida.",
  "Lương tháng cho em anh cứ trả qua Upwork nha.",
  "Once the contract starts, I can set up the GCash integration on your checkout page.",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "বিকাশে পেমেন্ট করে দিন, আপওয়ার্কের ফি লাগবে না", findings: [{ match: "ফি লাগবে না", severity: 'violation' }] },
  { text: "নগদে টাকা পাঠিয়ে দিয়েন, আমার নাম্বারে", findings: [{ match: "নগদে টাকা পাঠিয়ে দিয়েন", severity: 'violation' }] },
  { text: "আপওয়ার্কের বাইরে পেমেন্ট করলে আপনার খরচ কম হবে", findings: [{ match: "আপওয়ার্কের বাইরে পেমেন্ট করলে আপনার খরচ কম", severity: 'violation' }] },
  { text: "ফি বাঁচাতে সরাসরি আমার ব্যাংক একাউন্টে টাকা দেন", findings: [{ match: "ফি বাঁচাতে", severity: 'violation' }] },
  { text: "পরের কাজগুলো সরাসরি করি, আপওয়ার্ক ২০% কেটে নেয়", findings: [{ match: "পরের কাজগুলো সরাসরি", severity: 'violation' }] },
  { text: "পেপালে পেমেন্ট দিলে আমি ডিসকাউন্ট দিব", findings: [{ match: "পেপালে পেমেন্ট", severity: 'violation' }] },
  { text: "আপওয়ার্ককে কমিশন দেওয়ার দরকার নাই, সরাসরি দেন", findings: [{ match: "কমিশন দেওয়ার দরকার নাই", severity: 'violation' }] },
  { text: "কাজটা আপওয়ার্কের বাইরে করলে ১০% কম নিব", findings: [{ match: "আপওয়ার্কের বাইরে করলে ১০% কম", severity: 'violation' }] },
  { text: "রকেটে সেন্ড মানি করে দিন", findings: [{ match: "রকেটে সেন্ড মানি", severity: 'violation' }] },
  { text: "bkash e payment kore den, upwork er fee lagbe na", findings: [{ match: "bkash", severity: 'violation' }] },
  { text: "nagad e taka pathiye diyen", findings: [{ match: "nagad", severity: 'violation' }] },
  { text: "upwork er baire payment korle apnar khoroch kom hobe", findings: [{ match: "upwork er baire payment korle apnar khoroch kom", severity: 'violation' }] },
  { text: "fee bachate direct amar bank account e taka den", findings: [{ match: "direct amar bank account e taka den", severity: 'violation' }] },
  { text: "porer kaj gula direct kori, upwork 20% kete ney", findings: [{ match: "porer kaj gula direct", severity: 'violation' }] },
  { text: "upwork ke commission deyar dorkar nai, sorasori den", findings: [{ match: "commission deyar dorkar nai", severity: 'violation' }] },
  { text: "kaj ta upwork er baire korle 10% kom nibo", findings: [{ match: "upwork er baire korle 10% kom", severity: 'violation' }] },
  { text: "ایزی پیسہ پر پیمنٹ بھیج دیں، اپورک کی فیس بچ جائے گی", findings: [{ match: "فیس بچ جائے", severity: 'violation' }] },
  { text: "اپورک سے باہر پیمنٹ کریں تو آپ کا خرچہ کم ہوگا", findings: [{ match: "اپورک سے باہر پیمنٹ کریں تو آپ کا خرچہ کم", severity: 'violation' }] },
  { text: "فیس بچانے کے لیے سیدھا میرے بینک اکاؤنٹ میں پیسے بھیجیں", findings: [{ match: "سیدھا میرے بینک اکاؤنٹ میں پیسے بھیجیں", severity: 'violation' }] },
  { text: "اگلا کام ڈائریکٹ کرتے ہیں، اپورک بیس فیصد کاٹ لیتا ہے", findings: [{ match: "اگلا کام ڈائریکٹ", severity: 'violation' }] },
  { text: "پے پال سے پیمنٹ کریں تو ڈسکاؤنٹ دوں گا", findings: [{ match: "پے پال سے پیمنٹ", severity: 'violation' }] },
  { text: "اپورک کو کمیشن دینے کی کیا ضرورت ہے، مجھے سیدھا دے دیں", findings: [{ match: "کمیشن دینے کی کیا ضرورت", severity: 'violation' }] },
  { text: "اپورک سے باہر کریں تو دس فیصد کم لوں گا", findings: [{ match: "اپورک سے باہر کریں تو دس فیصد کم", severity: 'violation' }] },
  { text: "easypaisa pe payment bhej dein, upwork ki fees bach jaye gi", findings: [{ match: "easypaisa", severity: 'violation' }, { match: "fees bach", severity: 'violation' }] },
  { text: "jazzcash mein paise bhej do", findings: [{ match: "jazzcash", severity: 'violation' }] },
  { text: "fees bachane ke liye seedha mere bank account mein paise bhejein", findings: [{ match: "seedha mere bank", severity: 'violation' }] },
  { text: "agla kaam direct karte hain, upwork 20% kaat leta hai", findings: [{ match: "agla kaam direct", severity: 'violation' }] },
  { text: "baqi paise cash mein de dena", findings: [{ match: "cash mein de", severity: 'violation' }] },
  { text: "upwork se bahar karein to 10% kam lunga", findings: [{ match: "upwork se bahar karein to 10% kam", severity: 'violation' }] },
  { text: "UPI से payment भेज दो, Upwork की fees बच जाएगी", findings: [{ match: "UPI", severity: 'violation' }] },
  { text: "Paytm पे पैसे भेज दीजिए", findings: [{ match: "Paytm", severity: 'violation' }] },
  { text: "Upwork से बाहर payment करो तो आपका खर्चा कम होगा", findings: [{ match: "Upwork से बाहर payment करो", severity: 'violation' }] },
  { text: "fees बचाने के लिए सीधे मेरे bank account में पैसे भेजो", findings: [{ match: "सीधे मेरे bank account में पैसे भेजो", severity: 'violation' }] },
  { text: "अगला काम direct करते हैं, Upwork 20% काट लेता है", findings: [{ match: "अगला काम direct", severity: 'violation' }] },
  { text: "Upwork को commission देने की क्या जरूरत, मुझे सीधे दे दो", findings: [{ match: "commission देने की क्या जरूरत", severity: 'violation' }] },
  { text: "GPay-ல பணம் அனுப்புங்க, Upwork fees மிச்சம்", findings: [{ match: "fees மிச்சம்", severity: 'violation' }] },
  { text: "Upwork வெளியே payment பண்ணுங்க, உங்களுக்கு செலவு குறையும்", findings: [{ match: "Upwork வெளியே payment பண்ணுங்க", severity: 'violation' }] },
  { text: "gpay la panam anuppunga, upwork fees micham", findings: [{ match: "fees micham", severity: 'violation' }] },
  { text: "upwork veliya payment pannunga, selavu kammi", findings: [{ match: "upwork veliya payment", severity: 'violation' }] },
  { text: "PhonePe లో డబ్బులు పంపండి, Upwork fee మిగులుతుంది", findings: [{ match: "PhonePe", severity: 'violation' }] },
  { text: "Upwork బయట payment చేయండి, మీకు ఖర్చు తగ్గుతుంది", findings: [{ match: "Upwork బయట payment చేయండి", severity: 'violation' }] },
  { text: "phonepe lo dabbulu pampandi, upwork fee migulutundi", findings: [{ match: "phonepe", severity: 'violation' }] },
  { text: "upwork bayata payment cheyandi, kharchu taggutundi", findings: [{ match: "upwork bayata payment", severity: 'violation' }] },
  { text: "GPay वर पैसे पाठवा, Upwork ची फी वाचेल", findings: [{ match: "फी वाचेल", severity: 'violation' }] },
  { text: "Upwork च्या बाहेर पेमेंट करा, तुमचा खर्च कमी होईल", findings: [{ match: "Upwork च्या बाहेर पेमेंट", severity: 'violation' }] },
  { text: "फी वाचवण्यासाठी थेट माझ्या बँक खात्यात पैसे पाठवा", findings: [{ match: "थेट माझ्या बँक खात्यात पैसे पाठवा", severity: 'violation' }] },
  { text: "Upwork ला कमिशन द्यायची काय गरज, मला थेट द्या", findings: [{ match: "कमिशन द्यायची काय गरज", severity: 'violation' }] },
  { text: "eSewa मा पैसा पठाउनुस्, Upwork को शुल्क बच्छ", findings: [{ match: "शुल्क बच्छ", severity: 'violation' }] },
  { text: "Upwork बाहिर पेमेन्ट गर्दा तपाईंलाई सस्तो पर्छ", findings: [{ match: "Upwork बाहिर पेमेन्ट", severity: 'violation' }] },
  { text: "शुल्क बचाउन सिधै मेरो बैंक खातामा पैसा पठाउनुस्", findings: [{ match: "सिधै मेरो बैंक खातामा पैसा पठाउनुस्", severity: 'violation' }] },
);
valid.push(
  "আমি আপওয়ার্কের বাইরে কোন পেমেন্ট নেই না।",
  "আপনার ওয়েবসাইটে বিকাশ পেমেন্ট গেটওয়ে ইন্টিগ্রেশন করে দিতে পারি।",
  "ফর্মে ফোন নাম্বার ফিল্ড টা যোগ করে দিয়েছি।",
  "কন্ট্রাক্ট শুরু হলে মাইলস্টোনে পেমেন্ট করবেন।",
  "আপওয়ার্কে বিকাশে পেমেন্ট নেওয়া নিষেধ, তাই এখানেই পেমেন্ট করুন।",
  "আপওয়ার্কের ফি ১০%, সেটা ধরে বাজেট দিয়েছি।",
  "ভিডিও কলে কথা বলতে চাইলে আপওয়ার্কের কল ফিচার ব্যবহার করি।",
  "ami upwork er baire kono payment nei na",
  "apnar website e bkash payment gateway integration kore dite pari",
  "contract start hole milestone e payment korben",
  "upwork e bkash e payment newa nished, tai ekhanei payment korun",
  "upwork er fee 10%, seta dhore budget disi",
  "میں اپورک سے باہر کوئی پیمنٹ نہیں لیتا۔",
  "آپ کی ویب سائٹ میں ایزی پیسہ پیمنٹ گیٹ وے انٹیگریٹ کر سکتا ہوں۔",
  "کنٹریکٹ شروع ہونے پر مائل اسٹون میں پیمنٹ کریں۔",
  "اپورک پر باہر پیمنٹ لینا منع ہے، اس لیے یہیں پیمنٹ کریں۔",
  "اپورک کی فیس دس فیصد ہے، وہ بجٹ میں شامل ہے۔",
  "main upwork se bahar koi payment nahi leta",
  "ap ki website mein easypaisa payment gateway integrate kar sakta hun",
  "upwork pe bahar payment lena mana hai, is liye yahin payment karein",
  "मैं Upwork से बाहर कोई payment नहीं लेता।",
  "आपकी website में Paytm payment gateway integrate कर सकता हूँ।",
  "Upwork पे बाहर payment लेना मना है, इसलिए यहीं payment करें।",
  "நான் Upwork வெளியே payment வாங்க மாட்டேன்.",
  "உங்க website-ல GPay payment gateway integrate பண்ணலாம்.",
  "naan upwork veliya payment vaanga maaten",
  "నేను Upwork బయట payment తీసుకోను.",
  "మీ website లో PhonePe payment gateway integrate చేయగలను.",
  "nenu upwork bayata payment teesukonu",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "PayPayで払うね", findings: [{ match: "PayPayで払う", severity: 'violation' }] },
  { text: "残りは現金で手渡しします", findings: [{ match: "手渡しします", severity: 'violation' }] },
  { text: "プラットフォーム外でお支払いいただければ、10%値引きします", findings: [{ match: "プラットフォーム外でお支払", severity: 'violation' }] },
  { text: "페이팔로 따로 보내줄게", findings: [{ match: "따로 보내줄게", severity: 'violation' }] },
  { text: "업워크 통하지 않고 송금할게요", findings: [{ match: "업워크 통하지 않고 송금", severity: 'violation' }] },
  { text: "카카오페이로 받을 수 있어요?", findings: [{ match: "카카오페이로 받을 수", severity: 'violation' }] },
  { text: "תן לי פרטי חשבון בנק, אעביר העברה בנקאית", findings: [{ match: "פרטי חשבון בנק, אעביר", severity: 'violation' }] },
  { text: "את הפרויקט הבא נעשה ישירות, בלי אפוורק", findings: [{ match: "נעשה ישירות", severity: 'violation' }] },
  { text: "אשלם במזומן כשניפגש", findings: [{ match: "אשלם במזומן", severity: 'violation' }] },
  { text: "תעביר לי בפייפאל, יותר מהיר", findings: [{ match: "תעביר לי בפייפאל", severity: 'violation' }] },
  { text: "telebirr lay lakilign", findings: [{ match: "telebirr lay lakilign", severity: 'violation' }] },
  { text: "აპვორკის გარეშე გადაგიხდი", findings: [{ match: "აპვორკის გარეშე გადაგიხდი", severity: 'violation' }] },
);
valid.push(
  "płatność tylko przez Upwork, nie przyjmuję przelewów",
  "zintegruję BLIK i przelewy24 w sklepie",
  "prowizja Upwork to 10%, wliczyłem to w stawkę",
  "klient chciał płacić poza upworkiem, ale odmówiłem",
  "płatność za milestone przyszła, dzięki",
  "raport przelewów w Excelu, kolumny: data, kwota, konto",
  "PayPay決済をECサイトに導入したいです",
  "支払いはUpwork経由でのみ受け付けております",
  "手数料はUpworkの規定通りです",
  "銀行振込の機能をアプリに追加します",
  "お支払いありがとうございました。マイルストーンを確認しました",
  "Upworkの外での支払いは規約違反なのでお受けできません",
  "토스페이먼츠 결제 연동을 해주세요",
  "결제는 업워크를 통해서만 받습니다",
  "계좌이체 기능을 앱에 추가합니다",
  "마일스톤 결제 확인했습니다, 감사합니다",
  "업워크 밖에서 결제하는 건 규정 위반이라 안 됩니다",
  "카카오페이 결제 모듈 버그를 고쳤습니다",
  "התשלום רק דרך אפוורק",
  "צריך לשלב תשלום בביט באתר",
  "העמלה של אפוורק היא 10%, זה בסדר",
  "הלקוח הציע לשלם בצד וסירבתי",
  "ቴሌብር ክፍያ ወደ ዌብሳይቱ ማስገባት እፈልጋለሁ",
  "ክፍያ በአፕወርክ ብቻ",
  "გადახდა მხოლოდ აპვორკით",
  "카카오페이로 받을 수 있게 결제 연동해 주세요",
  "토스로 받을 수 있는 기능을 앱에 넣어 주세요",
  "업워크 통해서 결제해 주시면 됩니다",
  "PayPayで払うね、っていうボタンを作って",
  "現金で手渡しする店舗向けのPOSアプリです",
  "jeśli nie oddasz projektu na czas, przesuniemy termin",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "burayı bırakıp direkt çalışalım", findings: [{ match: "direkt çalışalım", severity: 'violation' }] },
  { text: "ödemeyi papara ile yapar mısınız", findings: [{ match: "ödemeyi papara", severity: 'violation' }] },
  { text: "iban atıyorum, havale yapın", findings: [{ match: "iban atıyorum, havale yapın", severity: 'violation' }] },
  { text: "eft ile gönderirsen komisyon ödemeyiz", findings: [{ match: "eft ile gönderirsen", severity: 'violation' }] },
  { text: "upwork komisyon alıyor, elden ödeyin", findings: [{ match: "elden ödeyin", severity: 'violation' }] },
  { text: "parayı direkt hesabıma yatırın", findings: [{ match: "parayı direkt", severity: 'violation' }] },
  { text: "kesinti olmasın diye dışarıdan ödeyelim", findings: [{ match: "dışarıdan ödeyelim", severity: 'violation' }] },
  { text: "odemeyi ibana yap abi", findings: [{ match: "odemeyi ibana", severity: 'violation' }] },
  { text: "upworkun kesintisinden kurtulalım, ödemeyi bana direkt at", findings: [{ match: "ödemeyi bana direkt", severity: 'violation' }] },
  { text: "kalan parayı nakit verirsiniz", findings: [{ match: "parayı nakit", severity: 'violation' }] },
  { text: "ödənişi birbaşa kartima at, komissiya olmasın", findings: [{ match: "ödənişi birbaşa", severity: 'violation' }] },
  { text: "upwork faiz tutur, nağd ödəyin", findings: [{ match: "nağd ödəyin", severity: 'violation' }] },
  { text: "kart nömrəmi yazıram, ora göndərin", findings: [{ match: "kart nömrəmi yazıram, ora göndərin", severity: 'violation' }] },
  { text: "m10 ilə ödəyə bilərsiz?", findings: [{ match: "m10 ilə ödəyə", severity: 'violation' }] },
  { text: "komissiyadan qaçmaq üçün ödənişi kənardan edək", findings: [{ match: "komissiyadan qaçmaq", severity: 'violation' }] },
  { text: "pulu birbaşa hesabıma keçirin", findings: [{ match: "pulu birbaşa", severity: 'violation' }] },
  { text: "qalan pulu nagd verersiz", findings: [{ match: "pulu nagd", severity: 'violation' }] },
  { text: "chuyển khoản trực tiếp cho mình nhé", findings: [{ match: "chuyển khoản trực tiếp", severity: 'violation' }] },
  { text: "anh ck qua momo cho em nha", findings: [{ match: "momo", severity: 'violation' }] },
  { text: "thanh toán ngoài upwork để khỏi mất phí", findings: [{ match: "thanh toán ngoài upwork", severity: 'violation' }] },
  { text: "em gửi stk, anh chuyển thẳng vào đây", findings: [{ match: "stk, anh chuyển thẳng", severity: 'violation' }] },
  { text: "upwork ăn 10% phí, mình trả tiền mặt nhé", findings: [{ match: "mình trả tiền mặt", severity: 'violation' }] },
  { text: "ck vao tk vietcombank cua em nhe", findings: [{ match: "ck vao tk vietcombank", severity: 'violation' }] },
  { text: "trả qua momo đi cho nhanh, khỏi phí", findings: [{ match: "momo", severity: 'violation' }] },
  { text: "phần còn lại anh chuyển khoản riêng cho em", findings: [{ match: "phần còn lại anh chuyển khoản riêng", severity: 'violation' }] },
  { text: "โอนผ่านพร้อมเพย์ได้ไหมครับ", findings: [{ match: "โอนผ่านพร้อมเพย์", severity: 'violation' }] },
  { text: "จ่ายนอกระบบจะได้ไม่เสียค่าธรรมเนียม", findings: [{ match: "จ่ายนอกระบบ", severity: 'violation' }] },
  { text: "โอนเข้าบัญชีผมโดยตรงเลยครับ", findings: [{ match: "โอนเข้าบัญชีผมโดยตรง", severity: 'violation' }] },
  { text: "เดี๋ยวส่งเลขบัญชีให้ โอนมาได้เลย", findings: [{ match: "เลขบัญชีให้ โอน", severity: 'violation' }] },
  { text: "upwork หักเยอะ จ่ายเงินสดดีกว่า", findings: [{ match: "จ่ายเงินสด", severity: 'violation' }] },
  { text: "ส่วนที่เหลือโอนทรูมันนี่มานะ", findings: [{ match: "โอนทรูมันนี่", severity: 'violation' }] },
  { text: "โอนตรงมาเลย ไม่ต้องผ่านระบบ", findings: [{ match: "โอนตรงมาเลย ไม่ต้องผ่านระบบ", severity: 'violation' }] },
  { text: "plata pe revolut direct, fara comision", findings: [{ match: "revolut", severity: 'violation' }] },
  { text: "iti trimit banii pe card, nu prin upwork", findings: [{ match: "trimit banii pe card, nu prin upwork", severity: 'violation' }] },
  { text: "platesc prin transfer bancar ca sa nu dam comisionul", findings: [{ match: "ca sa nu dam comisionul", severity: 'violation' }] },
  { text: "restul ti-l dau cash", findings: [{ match: "ti-l dau cash", severity: 'violation' }] },
  { text: "fă-mi un transfer pe revolut și gata", findings: [{ match: "revolut", severity: 'violation' }] },
  { text: "evitam comisionul upwork daca platesti direct in cont", findings: [{ match: "platesti direct in cont", severity: 'violation' }] },
);
valid.push(
  "papara ödeme entegrasyonunu sitede yapabilir misin",
  "ödemeyi upwork üzerinden milestone ile yaparız",
  "havale/eft seçeneği ödeme sayfasında görünmüyor",
  "müşteri iban ile ödemek istedi, reddettim",
  "faturayı upwork kesiyor, ben kesmiyorum",
  "kalan parayı upwork üzerinden milestone olarak gönderirsiniz",
  "ödənişi upwork üzərindən milestone ilə edək",
  "saytda kartla ödəniş inteqrasiyası lazımdır",
  "m10 inteqrasiyasını tətbiqə əlavə edə bilərsən?",
  "kartla ödəniş səhifəsi düzgün işləmir, düzəldək",
  "tích hợp thanh toán momo vào website",
  "thêm nút chuyển khoản qr vào trang checkout",
  "mình chỉ thanh toán qua upwork thôi nhé",
  "khách muốn ck ngoài, em từ chối rồi",
  "review ví momo: dùng ổn, chuyển tiền nhanh",
  "đánh giá app momo: giao diện đẹp, chuyển tiền nhanh",
  "anh muốn chuyển thẳng vào tk em, em từ chối, mình trả qua upwork nhé",
  "เชื่อมระบบพร้อมเพย์เข้ากับเว็บ",
  "เพิ่มปุ่มโอนเงินผ่าน QR ในหน้าชำระเงิน",
  "จ่ายผ่าน upwork ตาม milestone นะครับ",
  "ลูกค้าจะโอนนอกระบบ ผมปฏิเสธไปแล้ว",
  "รีวิวแอปทรูมันนี่: ใช้ง่าย โอนไว",
  "ลูกค้าถามว่าจ่ายพร้อมเพย์ได้ไหม ผมบอกว่าต้องผ่าน upwork",
  "สร้าง QR พร้อมเพย์ให้ร้านค้าของลูกค้า",
  "integreaza plata cu revolut pay in magazin",
  "plata se face prin upwork pe milestone",
  "n-am revolut, plata doar prin upwork",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "zahl mir den Rest einfach per PayPal Freunde", findings: [{ match: "zahl mir den Rest einfach per PayPal Freunde", severity: 'violation' }] },
  { text: "überweis mir das direkt aufs Konto, dann sparen wir die Gebühren", findings: [{ match: "sparen wir die Gebühren", severity: 'violation' }] },
  { text: "ich schick dir meine IBAN, dann überweist du direkt", findings: [{ match: "überweist du direkt", severity: 'violation' }] },
  { text: "den Rest gibst du mir bar", findings: [{ match: "gibst du mir bar", severity: 'violation' }] },
  { text: "betaal het restant via iDEAL direct aan mij, scheelt kosten", findings: [{ match: "betaal het restant via iDEAL direct", severity: 'violation' }] },
  { text: "maak het over op mijn rekening, dan ontlopen we de fee", findings: [{ match: "ontlopen we de fee", severity: 'violation' }] },
  { text: "de rest contant als ik langskom", findings: [{ match: "de rest contant", severity: 'violation' }] },
);
valid.push(
  "bitte PayPal als Zahlungsart im Shop integrieren",
  "die Zahlung läuft über Upwork als Meilenstein",
  "Test: PayPal Checkout funktioniert im Sandbox-Modus",
  "der Kunde wollte meine IBAN, ich habe abgelehnt",
  "iDEAL en Tikkie koppelen in de webshop",
  "betaling gaat via Upwork per mijlpaal",
  "Tikkie-integratie werkt nog niet in de app",
);

/** Round twenty-five (t42): the person read in a Turkish verb's ending, not in its negative ("ödeme yapmıyoruz"). */
valid.push("Ekibe söyledim: hiçbir freelancer'a IBAN'dan ya da Papara'dan ödeme yapmıyoruz, her şey Upwork sözleşmesinden");

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Վճարեք ուղիղ իմ քարտին, առանց Upwork-ի միջնորդավճարի", findings: [{ match: "Վճարեք ուղիղ իմ քարտին, առանց Upwork-ի", severity: 'violation' }] },
  { text: "Իդրամով կփոխանցեք, միջնորդավճարից կխուսափենք", findings: [{ match: "միջնորդավճարից կխուսափենք", severity: 'violation' }] },
  { text: "Քարտիս համարը 4355 0512 3456 7890 է, գումարը այստեղ գցեք", findings: [{ match: "Քարտիս համարը 4355 0512 3456 7890 է, գումարը", severity: 'violation' }] },
  { text: "Կանխիկ կտաք, Upwork-ը պետք չի", findings: [{ match: "Կանխիկ կտաք", severity: 'violation' }] },
  { text: "Telcell-ով վճարեք, էժան կլինի", findings: [{ match: "Telcell-ով վճարեք", severity: 'violation' }] },
  { text: "Ուղիղ ինձ վճարեք, այդպես 10% կխնայենք", findings: [{ match: "Ուղիղ ինձ վճարեք", severity: 'violation' }] },
  { text: "USDT-ով վճարեք իմ դրամապանակին", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Idramov gceq, komisia chenq tali", findings: [{ match: "komisia chenq tali", severity: 'violation' }] },
  { text: "kartis hamary tam, uxxaki pox@ gceq", findings: [{ match: "kartis hamary tam, uxxaki pox@ gceq", severity: 'violation' }] },
  { text: "upwork-ic durs vcharenq, 20% kxnayenq", findings: [{ match: "upwork-ic durs vcharenq", severity: 'violation' }] },
  { text: "Payme orqali to'lang, komissiya bo'lmaydi", findings: [{ match: "komissiya bo'lmaydi", severity: 'violation' }] },
  { text: "To'g'ridan-to'g'ri kartamga o'tkazing, Upwork foizini to'lamaymiz", findings: [{ match: "To'g'ridan-to'g'ri kartamga o'tkazing", severity: 'violation' }] },
  { text: "Click bilan to‘lasangiz arzonroq bo‘ladi", findings: [{ match: "Click bilan to‘lasangiz", severity: 'violation' }] },
  { text: "Uzcard raqamim 8600 1234 5678 9012, shunga tashlang", findings: [{ match: "Uzcard raqamim 8600 1234 5678 9012, shunga tashlang", severity: 'violation' }] },
  { text: "Naqd pul bilan hisoblashamiz, saytdan tashqari", findings: [{ match: "hisoblashamiz, saytdan tashqari", severity: 'violation' }] },
  { text: "USDT hamyonimga yuboring", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Пайме орқали тўланг, комиссиясиз", findings: [{ match: "тўланг, комиссиясиз", severity: 'violation' }] },
  { text: "Хумо картамга ўтказинг, Апворк фоизисиз", findings: [{ match: "ўтказинг, Апворк фоизисиз", severity: 'violation' }] },
  { text: "Тўғридан-тўғри менга тўланг", findings: [{ match: "Тўғридан-тўғри менга тўланг", severity: 'violation' }] },
  { text: "مستقیم به کارتم واریز کنید، کمیسیون آپورک رو نمی‌دیم", findings: [{ match: "مستقیم به کارتم واریز", severity: 'violation' }] },
  { text: "با تتر پرداخت کنید، آدرس کیف پولم رو می‌فرستم", findings: [{ match: "تتر پرداخت", severity: 'violation' }] },
  { text: "کارت به کارت کنید ارزون‌تر درمیاد", findings: [{ match: "کارت به کارت کنید", severity: 'violation' }] },
  { text: "پول رو بریزید به حساب یکی از آشناها که خارج از ایرانه", findings: [{ match: "پول رو بریزید به حساب یکی", severity: 'violation' }] },
  { text: "از طریق صرافی پول رو برام بفرستید", findings: [{ match: "صرافی پول رو", severity: 'violation' }] },
  { text: "پول رو بیرون از سایت بدید، کارمزد نمی‌خوره", findings: [{ match: "پول رو بیرون از سایت", severity: 'violation' }] },
  { text: "mostaghim be kartam variz kon, karmozd nadim", findings: [{ match: "mostaghim be kartam variz", severity: 'violation' }] },
  { text: "ba tether pardakht kon, wallet address midam", findings: [{ match: "tether", severity: 'violation' }] },
  { text: "kart be kart konid", findings: [{ match: "kart be kart konid", severity: 'violation' }] },
  { text: "Каспиге аударыңыз, комиссия болмайды", findings: [{ match: "комиссия болмайды", severity: 'violation' }] },
  { text: "Kaspi QR арқылы төлеңіз, Апворк пайызынсыз", findings: [{ match: "төлеңіз, Апворк пайызынсыз", severity: 'violation' }] },
  { text: "Тікелей картама аударсаңыз арзанырақ", findings: [{ match: "Тікелей картама аударсаңыз", severity: 'violation' }] },
  { text: "Halyk картасына аударыңыз", findings: [{ match: "Halyk картасына аударыңыз", severity: 'violation' }] },
  { text: "Kaspi-ge audaryp jiberiniz", findings: [{ match: "Kaspi-ge audaryp", severity: 'violation' }] },
  { text: "Элсом аркылуу төлөңүз, комиссия жок", findings: [{ match: "Элсом аркылуу төлөңүз", severity: 'violation' }] },
  { text: "MBank картама которуп бериңиз", findings: [{ match: "MBank картама которуп", severity: 'violation' }] },
  { text: "Тавассути Алиф пардохт кунед, комиссия нест", findings: [{ match: "Алиф пардохт", severity: 'violation' }] },
  { text: "Ба корти ман мустақим гузаронед", findings: [{ match: "мустақим гузаронед", severity: 'violation' }] },
  { text: "Бо DC Wallet пул фиристед", findings: [{ match: "DC Wallet пул фиристед", severity: 'violation' }] },
  { text: "QPay-ээр шууд төлөөрэй, шимтгэлгүй", findings: [{ match: "шууд төлөөрэй", severity: 'violation' }] },
  { text: "Хаан банкны данс руу шилжүүлээрэй", findings: [{ match: "Хаан банкны данс руу шилжүүлээрэй", severity: 'violation' }] },
  { text: "SocialPay-ээр төлвөл хямд", findings: [{ match: "SocialPay-ээр төлвөл", severity: 'violation' }] },
  { text: "Մնացած գումարը փոխանցեք իմ քարտին, Upwork-ով պետք չէ", findings: [{ match: "գումարը փոխանցեք իմ քարտին", severity: 'violation' }] },
  { text: "Ուղիղ Իդրամով վճարեք, ինձ համար ավելի հարմար է", findings: [{ match: "Ուղիղ Իդրամով վճարեք", severity: 'violation' }] },
  { text: "Եկեք Upwork-ից դուրս վճարենք, միջնորդավճար չլինի", findings: [{ match: "Upwork-ից դուրս վճարենք", severity: 'violation' }] },
  { text: "mnacac gumar@ idramov uxarkeq", findings: [{ match: "gumar@ idramov", severity: 'violation' }] },
  { text: "vchareq uxix kartis, aranc komisiayi", findings: [{ match: "vchareq uxix", severity: 'violation' }] },
  { text: "Qolgan pulni Humo kartamga o'tkazib yuboring", findings: [{ match: "Humo kartamga o'tkazib", severity: 'violation' }] },
  { text: "Komissiyasiz ishlaymiz, Click orqali to'laysiz", findings: [{ match: "Komissiyasiz ishlaymiz, Click orqali to'laysiz", severity: 'violation' }] },
  { text: "Upworkdan tashqari to'lasangiz 10% chegirma", findings: [{ match: "Upworkdan tashqari to'lasangiz", severity: 'violation' }] },
  { text: "Қолган пулни Пайме орқали ташланг", findings: [{ match: "Пайме орқали ташланг", severity: 'violation' }] },
  { text: "Комиссия тўламаслик учун тўғридан-тўғри тўланг", findings: [{ match: "тўғридан-тўғри тўланг", severity: 'violation' }] },
  { text: "باقی پول رو تتر بفرستید به کیف پولم", findings: [{ match: "پول رو تتر", severity: 'violation' }] },
  { text: "مستقیم پرداخت کنید که کمیسیون آپورک کم نشه", findings: [{ match: "مستقیم پرداخت", severity: 'violation' }] },
  { text: "از طریق یه دوست خارج از ایران پول رو بفرستید", findings: [{ match: "دوست خارج از ایران پول رو", severity: 'violation' }] },
  { text: "baghie pool ro tether befrest", findings: [{ match: "tether", severity: 'violation' }] },
  { text: "Қалған ақшаны Каспиге аударыңыз", findings: [{ match: "Каспиге аударыңыз", severity: 'violation' }] },
  { text: "Комиссия төлемеу үшін Kaspi арқылы тікелей төлеңіз", findings: [{ match: "төлемеу үшін Kaspi арқылы тікелей", severity: 'violation' }] },
  { text: "Апворктан тыс төлесеңіз, жеңілдік беремін", findings: [{ match: "Апворктан тыс төлесеңіз", severity: 'violation' }] },
  { text: "Калган акчаны Элсомго которуңуз", findings: [{ match: "Элсомго которуңуз", severity: 'violation' }] },
  { text: "Комиссия төлөбөш үчүн MBank аркылуу түз эле төлөңүз", findings: [{ match: "түз эле төлөңүз", severity: 'violation' }] },
  { text: "Пули боқимондаро ба корти Алифам гузаронед", findings: [{ match: "Алифам гузаронед", severity: 'violation' }] },
  { text: "Барои комиссия надодан мустақим пардохт кунед", findings: [{ match: "мустақим пардохт", severity: 'violation' }] },
  { text: "Үлдсэн мөнгийг Хаан банкны данс руу шилжүүлээрэй", findings: [{ match: "Хаан банкны данс руу шилжүүлээрэй", severity: 'violation' }] },
  { text: "Шимтгэл төлөхгүйн тулд QPay-ээр шууд төлөөрэй", findings: [{ match: "шууд төлөөрэй", severity: 'violation' }] },
);
valid.push(
  "Վճարումը միայն Upwork-ով, ուրիշ ձև չեմ ընդունում",
  "Պետք է կայքում Իդրամի վճարման ինտեգրացիա անել",
  "vcharum@ miayn upwork-ov, Idram chem yndunum",
  "To'lov faqat Upwork orqali bo'ladi",
  "Saytga Payme va Click to'lov tizimini ulash kerak",
  "Сайтга Пайме тўлов тизимини улаш керак",
  "پرداخت فقط از طریق آپورک انجام میشه",
  "درگاه پرداخت زرین‌پال رو باید به سایت وصل کنیم",
  "pardakht faghat az tarighe upwork",
  "Төлем тек Upwork арқылы",
  "Сайтқа Kaspi төлем жүйесін қосу керек",
  "Төлөм Upwork аркылуу гана",
  "Пардохт танҳо тавассути Upwork",
  "Төлбөр зөвхөн Upwork-ээр",
  "Կայքում պետք է Idram և Telcell վճարման կոճակներ լինեն",
  "Միջնորդավճարը Upwork-ը պահում է, դա նորմալ է, վճարումը այստեղ կանենք",
  "payment gateway-um Idram-@ avelacnel, API-n uxarkeq",
  "Komissiyani Upwork oladi, bu normal, to'lov shu yerda bo'ladi",
  "Комиссияни Апворк олади, тўлов шу ерда бўлади",
  "کارمزد رو آپورک برمیداره، مشکلی نیست، پرداخت همینجا انجام میشه",
  "karmozd ro upwork bar midare, pardakht hamin ja anjam mishe",
  "Комиссияны Upwork алады, бұл қалыпты, төлем осында болады",
  "Комиссияны Upwork алат, төлөм ушул жерде болот",
  "Комиссияро Upwork мегирад, пардохт дар ҳамин ҷо мешавад",
  "Шимтгэлийг Upwork авдаг, төлбөр энд хийгдэнэ",
  "Վճարումը կատարեք Upwork-ով, խնդրում եմ, ուրիշ ձև չկա",
  "Iltimos, to'lovni Upwork orqali qiling, boshqa yo'l yo'q",
  "لطفاً پرداخت رو از طریق آپورک انجام بدید",
  "Өтінемін, төлемді Upwork арқылы жасаңыз",
  "Сураныч, төлөмдү Upwork аркылуу жасаңыз",
  "Лутфан пардохтро тавассути Upwork анҷом диҳед",
  "Төлбөрөө Upwork-ээр хийнэ үү",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (PAY)
  { text: "Pošalji pare preko Western Uniona na ime moje sestre", findings: [{ match: "Pošalji pare preko Western Uniona", severity: 'violation' }] },
  // Serbian (PAY)
  { text: "moze i KEKS Pay, samo mi posalji na broj", findings: [{ match: "KEKS Pay, samo mi posalji na broj", severity: 'violation' }] },
  // Croatian (PAY)
  { text: "Može uplata preko Revoluta? Tako izbjegavamo Upwork naknadu", findings: [{ match: "izbjegavamo Upwork naknadu", severity: 'violation' }] },
  // Bosnian (PAY)
  { text: "Uplati preko Western Uniona na mog brata", findings: [{ match: "Uplati preko Western Uniona", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "Plačajte mi direktno na TRR, brez provizije", findings: [{ match: "Plačajte mi direktno", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "Lahko mi plačaš prek Revoluta, da se izogneva Upworkovi proviziji", findings: [{ match: "izogneva Upworkovi proviziji", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "Naslednji projekt delava mimo Upworka, ceneje bo za oba", findings: [{ match: "delava mimo Upworka", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "nakazi denar na racun moje mame", findings: [{ match: "nakazi denar na racun", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "Če plačate z gotovino, dobite 15% popusta", findings: [{ match: "plačate z gotovino", severity: 'violation' }] },
  // Slovenian (PAY)
  { text: "Plačaj mi direktno na TRR, pa si prihraniva provizijo", findings: [{ match: "Plačaj mi direktno", severity: 'violation' }] },
  // Macedonian (PAY)
  { text: "Уплати ми на сметката на брат ми", findings: [{ match: "Уплати ми на сметката", severity: 'violation' }] },
  // Slovak (PAY)
  { text: "Ďalší projekt robíme priamo, bez Upworku", findings: [{ match: "robíme priamo, bez Upworku", severity: 'violation' }] },
  // Slovak (PAY)
  { text: "posli peniaze na ucet mojej mamy", findings: [{ match: "posli peniaze na ucet", severity: 'violation' }] },
  // Czech (PAY)
  { text: "Další projekt děláme napřímo, bez Upworku", findings: [{ match: "děláme napřímo, bez Upworku", severity: 'violation' }] },
  // Albanian (PAY)
  { text: "Më paguaj direkt në llogarinë bankare, pa komision", findings: [{ match: "Më paguaj direkt", severity: 'violation' }] },
  // Albanian (PAY)
  { text: "Projektin tjetër e bëjmë direkt, pa Upwork", findings: [{ match: "e bëjmë direkt", severity: 'violation' }] },
  // Albanian (PAY)
  { text: "dergoji parate ne llogari te vellait tim", findings: [{ match: "dergoji parate ne llogari", severity: 'violation' }] },
  // Albanian (PAY)
  { text: "Më paguaj direkt në llogari, pa komisionin e Upwork", findings: [{ match: "Më paguaj direkt", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Dajem popust od 10% za veće narudžbe, sve preko Upworka.", // Serbian
  "Popust za studente je 20%, implementiraj ga u checkoutu.", // Serbian
  "Nemoj da se brineš, sve plaćanje ide preko Upworka kao i do sada.", // Serbian
  "Integracija PayPal plaćanja je gotova, testirajte.", // Serbian
  "Плаћање иде искључиво преко Upworka, тако је сигурније за обоје.", // Serbian
  "Nikada ne plaćam van platforme, to je prevara.", // Serbian
  "Revolut integracija u aplikaciji ne radi na Androidu.", // Serbian
  "Uplata za milestone je stigla preko Upworka, hvala.", // Serbian
  "Plaćanje isključivo preko Upworka, hvala na razumijevanju.", // Croatian
  "Ovo je zahtjev za popust na licencu, ništa vezano uz ocjene.", // Croatian
  "Plaćanje preko Revoluta je jedna od opcija u checkoutu koju razvijam.", // Croatian
  "Plaćanje ide samo preko Upworka, to je sigurno.", // Bosnian
  "Nikad ne plaćam van Upworka.", // Bosnian
  "Plačilo samo prek Upworka, hvala za razumevanje.", // Slovenian
  "Nikoli ne plačam mimo Upworka.", // Slovenian
  "Integracija plačila z Revolutom je končana.", // Slovenian
  "Плащането е само през Upwork.", // Bulgarian
  "Никога не плащам извън Upwork.", // Bulgarian
  "Platba iba cez Upwork, ďakujem.", // Slovak
  "Nikdy neplatím mimo Upworku.", // Slovak
  "Integrácia platobnej brány je hotová.", // Slovak
  "Platba pouze přes Upwork, děkuji.", // Czech
  "Nikdy neplatím mimo Upwork.", // Czech
  "Pagesa vetëm përmes Upwork, faleminderit.", // Albanian
  "Kurrë nuk paguaj jashtë Upwork.", // Albanian
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "paisa sidha mara bank khata ma nakho", findings: [{ match: "sidha mara bank", severity: 'violation' }] },
  { text: "gpay par paisa moklo", findings: [{ match: "gpay par paisa moklo", severity: 'violation' }] },
  { text: "upwork fee vagar sidhu payment karo", findings: [{ match: "sidhu payment karo", severity: 'violation' }] },
  { text: "commission bachava bahar thi payment kariye", findings: [{ match: "bahar thi payment kariye", severity: 'violation' }] },
  { text: "phonepe thi payment kari do", findings: [{ match: "phonepe", severity: 'violation' }] },
  { text: "પૈસા સીધા મારા બેંક ખાતામાં નાખો", findings: [{ match: "સીધા મારા બેંક ખાતામાં નાખો", severity: 'violation' }] },
  { text: "GPay પર પૈસા મોકલો", findings: [{ match: "GPay પર પૈસા મોકલો", severity: 'violation' }] },
  { text: "અપવર્ક ફી વગર સીધું પેમેન્ટ કરો", findings: [{ match: "સીધું પેમેન્ટ કરો", severity: 'violation' }] },
  { text: "કમિશન બચાવવા માટે બહારથી પેમેન્ટ કરીએ", findings: [{ match: "બહારથી પેમેન્ટ કરીએ", severity: 'violation' }] },
  { text: "PhonePe થી પેમેન્ટ કરી દો", findings: [{ match: "PhonePe", severity: 'violation' }] },
  { text: "આગલા પ્રોજેક્ટમાં હું સીધું પેમેન્ટ કરીશ", findings: [{ match: "સીધું પેમેન્ટ કરીશ", severity: 'violation' }] },
  { text: "UPI થી મોકલી દો, અપવર્ક થી નહીં", findings: [{ match: "UPI", severity: 'violation' }] },
  { text: "રોકડા આપી દઈશ, અપવર્ક ની ફી નહીં", findings: [{ match: "રોકડા આપી દઈશ", severity: 'violation' }] },
  { text: "પેટીએમ પર પૈસા નાખી દો", findings: [{ match: "પેટીએમ પર પૈસા નાખી દો", severity: 'violation' }] },
  { text: "ban luy tam aba phtal", findings: [{ match: "ban luy tam aba phtal", severity: 'violation' }] },
  { text: "ផ្ញើលុយមកគណនី ABA របស់ខ្ញុំផ្ទាល់", findings: [{ match: "ផ្ញើលុយមកគណនី ABA របស់ខ្ញុំផ្ទាល់", severity: 'violation' }] },
  { text: "វេរលុយតាម Wing មក", findings: [{ match: "វេរលុយតាម Wing", severity: 'violation' }] },
  { text: "បង់ប្រាក់ក្រៅ Upwork ដើម្បីកុំឲ្យកាត់កម្រៃ", findings: [{ match: "បង់ប្រាក់ក្រៅ Upwork", severity: 'violation' }] },
  { text: "ផ្ញើលុយតាម Pi Pay", findings: [{ match: "ផ្ញើលុយតាម Pi Pay", severity: 'violation' }] },
  { text: "គម្រោងក្រោយខ្ញុំបង់ផ្ទាល់", findings: [{ match: "ខ្ញុំបង់ផ្ទាល់", severity: 'violation' }] },
  { text: "ឲ្យលុយសុទ្ធដៃ ចៀសកម្រៃ Upwork", findings: [{ match: "ចៀសកម្រៃ", severity: 'violation' }] },
  { text: "duddu neravagi nanna bank account ge haaki", findings: [{ match: "neravagi nanna bank account ge haaki", severity: 'violation' }] },
  { text: "gpay ge duddu kalsi", findings: [{ match: "gpay ge duddu kalsi", severity: 'violation' }] },
  { text: "upwork fee illade neravagi payment maadi", findings: [{ match: "upwork fee illade", severity: 'violation' }] },
  { text: "ದುಡ್ಡು ನೇರವಾಗಿ ನನ್ನ ಬ್ಯಾಂಕ್ ಅಕೌಂಟ್‌ಗೆ ಹಾಕಿ", findings: [{ match: "ನೇರವಾಗಿ ನನ್ನ ಬ್ಯಾಂಕ್ ಅಕೌಂಟ್‌ಗೆ ಹಾಕಿ", severity: 'violation' }] },
  { text: "GPay ಗೆ ದುಡ್ಡು ಕಳುಹಿಸಿ", findings: [{ match: "GPay ಗೆ ದುಡ್ಡು ಕಳುಹಿಸಿ", severity: 'violation' }] },
  { text: "ಅಪ್‌ವರ್ಕ್ ಫೀ ಇಲ್ಲದೆ ನೇರವಾಗಿ ಪೇಮೆಂಟ್ ಮಾಡಿ", findings: [{ match: "ನೇರವಾಗಿ ಪೇಮೆಂಟ್ ಮಾಡಿ", severity: 'violation' }] },
  { text: "ಕಮಿಷನ್ ಉಳಿಸಲು ಹೊರಗಿನಿಂದ ಪೇಮೆಂಟ್ ಮಾಡೋಣ", findings: [{ match: "ಹೊರಗಿನಿಂದ ಪೇಮೆಂಟ್ ಮಾಡೋಣ", severity: 'violation' }] },
  { text: "PhonePe ಮೂಲಕ ಪೇಮೆಂಟ್ ಮಾಡಿ", findings: [{ match: "PhonePe", severity: 'violation' }] },
  { text: "ಮುಂದಿನ ಪ್ರಾಜೆಕ್ಟ್‌ಗೆ ನಾನು ನೇರವಾಗಿ ಪೇಮೆಂಟ್ ಮಾಡ್ತೀನಿ", findings: [{ match: "ನೇರವಾಗಿ ಪೇಮೆಂಟ್ ಮಾಡ್ತೀನಿ", severity: 'violation' }] },
  { text: "UPI ಗೆ ಹಾಕಿ, ಅಪ್‌ವರ್ಕ್ ಬೇಡ", findings: [{ match: "UPI", severity: 'violation' }] },
  { text: "ಕ್ಯಾಶ್ ಕೊಡ್ತೀನಿ, ಅಪ್‌ವರ್ಕ್ ಫೀ ಬೇಡ", findings: [{ match: "ಕ್ಯಾಶ್ ಕೊಡ್ತೀನಿ", severity: 'violation' }] },
  { text: "paisa nerittu ente bank accountilekku ittal mathi", findings: [{ match: "paisa nerittu", severity: 'violation' }] },
  { text: "gpay il paisa ayakku", findings: [{ match: "gpay il paisa ayakku", severity: 'violation' }] },
  { text: "upwork fees illathe nerittu pay cheyyu", findings: [{ match: "nerittu pay cheyyu", severity: 'violation' }] },
  { text: "commission labhikkan purath ninnu pay cheyyam", findings: [{ match: "commission labhikkan", severity: 'violation' }] },
  { text: "cash aayi tharam, fees ozhivakkam", findings: [{ match: "fees ozhivakkam", severity: 'violation' }] },
  { text: "പൈസ നേരിട്ട് എന്റെ ബാങ്ക് അക്കൗണ്ടിലേക്ക് ഇട്ടാൽ മതി", findings: [{ match: "നേരിട്ട് എന്റെ ബാങ്ക് അക്കൗണ്ടിലേക്ക് ഇട്ടാൽ മതി", severity: 'violation' }] },
  { text: "ജിപേയിൽ പൈസ അയക്കൂ", findings: [{ match: "ജിപേയിൽ പൈസ അയക്കൂ", severity: 'violation' }] },
  { text: "അപ്വർക്ക് ഫീസ് ഇല്ലാതെ നേരിട്ട് പേ ചെയ്യൂ", findings: [{ match: "നേരിട്ട് പേ ചെയ്യൂ", severity: 'violation' }] },
  { text: "കമ്മീഷൻ ലാഭിക്കാൻ പുറത്ത് നിന്ന് പേ ചെയ്യാം", findings: [{ match: "കമ്മീഷൻ ലാഭിക്കാൻ", severity: 'violation' }] },
  { text: "അടുത്ത പ്രോജക്ടിന് ഞാൻ നേരിട്ട് പൈസ തരാം", findings: [{ match: "നേരിട്ട് പൈസ തരാം", severity: 'violation' }] },
  { text: "യുപിഐ വഴി അയച്ചാൽ മതി, അപ്വർക്ക് വേണ്ട", findings: [{ match: "യുപിഐ വഴി അയച്ചാൽ മതി", severity: 'violation' }] },
  { text: "ക്യാഷ് ആയി തരാം, ഫീസ് ഒഴിവാക്കാം", findings: [{ match: "ഫീസ് ഒഴിവാക്കാം", severity: 'violation' }] },
  { text: "kbzpay nae ngwe lwhe pay par", findings: [{ match: "kbzpay nae ngwe lwhe", severity: 'violation' }] },
  { text: "ပိုက်ဆံကို ကျွန်တော့် KBZPay ကို တိုက်ရိုက် လွှဲပေးပါ", findings: [{ match: "တိုက်ရိုက် လွှဲပေးပါ", severity: 'violation' }] },
  { text: "Wave Money နဲ့ ငွေလွှဲပေးပါ", findings: [{ match: "Wave Money နဲ့ ငွေလွှဲ", severity: 'violation' }] },
  { text: "Upwork ကော်မရှင် မပေးရအောင် အပြင်မှာ ငွေချေရအောင်", findings: [{ match: "အပြင်မှာ ငွေချေ", severity: 'violation' }] },
  { text: "AYA Pay ကို ငွေလွှဲလိုက်ပါ", findings: [{ match: "AYA Pay ကို ငွေလွှဲ", severity: 'violation' }] },
  { text: "နောက် project ကို တိုက်ရိုက် ငွေပေးမယ်", findings: [{ match: "တိုက်ရိုက် ငွေပေးမယ်", severity: 'violation' }] },
  { text: "ဘဏ်အကောင့်ကို တိုက်ရိုက် ငွေလွှဲပေးပါ", findings: [{ match: "တိုက်ရိုက် ငွေလွှဲ", severity: 'violation' }] },
  { text: "Upwork fee မပေးချင်ရင် KPay နဲ့ ပေးလို့ရတယ်", findings: [{ match: "Upwork fee မပေးချင်", severity: 'violation' }] },
  { text: "پیسے سدھے میرے جاز کیش تے گھل دیو", findings: [{ match: "سدھے میرے جاز کیش تے گھل دیو", severity: 'violation' }] },
  { text: "ایزی پیسہ تے پیسے پا دیو", findings: [{ match: "ایزی پیسہ تے پیسے پا دیو", severity: 'violation' }] },
  { text: "اپ ورک دی فیس توں بغیر سدھی پیمنٹ کرو", findings: [{ match: "سدھی پیمنٹ کرو", severity: 'violation' }] },
  { text: "کمیشن بچان لئی باہروں پیمنٹ کر دیو", findings: [{ match: "باہروں پیمنٹ کر دیو", severity: 'violation' }] },
  { text: "paise sidhe mere bank khate vich paa do", findings: [{ match: "paise sidhe", severity: 'violation' }] },
  { text: "gpay te paise bhej do", findings: [{ match: "gpay te paise bhej do", severity: 'violation' }] },
  { text: "upwork fee ton bina sidhi payment karo", findings: [{ match: "sidhi payment karo", severity: 'violation' }] },
  { text: "commission bachaun layi bahron payment kar do", findings: [{ match: "bahron payment kar do", severity: 'violation' }] },
  { text: "ਪੈਸੇ ਸਿੱਧੇ ਮੇਰੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਪਾ ਦਿਓ", findings: [{ match: "ਸਿੱਧੇ ਮੇਰੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਪਾ ਦਿਓ", severity: 'violation' }] },
  { text: "GPay ਤੇ ਪੈਸੇ ਭੇਜ ਦਿਓ", findings: [{ match: "GPay ਤੇ ਪੈਸੇ ਭੇਜ ਦਿਓ", severity: 'violation' }] },
  { text: "ਅਪਵਰਕ ਫੀਸ ਤੋਂ ਬਿਨਾਂ ਸਿੱਧੀ ਪੇਮੈਂਟ ਕਰੋ", findings: [{ match: "ਸਿੱਧੀ ਪੇਮੈਂਟ ਕਰੋ", severity: 'violation' }] },
  { text: "ਕਮਿਸ਼ਨ ਬਚਾਉਣ ਲਈ ਬਾਹਰੋਂ ਪੇਮੈਂਟ ਕਰਦੇ ਹਾਂ", findings: [{ match: "ਬਾਹਰੋਂ ਪੇਮੈਂਟ ਕਰਦੇ ਹਾਂ", severity: 'violation' }] },
  { text: "PhonePe ਰਾਹੀਂ ਪੇਮੈਂਟ ਕਰ ਦਿਓ", findings: [{ match: "PhonePe", severity: 'violation' }] },
  { text: "ਅਗਲੇ ਪ੍ਰੋਜੈਕਟ ਵਿੱਚ ਮੈਂ ਸਿੱਧੀ ਪੇਮੈਂਟ ਕਰਾਂਗਾ", findings: [{ match: "ਸਿੱਧੀ ਪੇਮੈਂਟ ਕਰਾਂਗਾ", severity: 'violation' }] },
  { text: "Paytm ਤੇ ਪੈਸੇ ਪਾ ਦਿਓ", findings: [{ match: "Paytm", severity: 'violation' }] },
  { text: "ਨਕਦ ਦੇ ਦਿਆਂਗਾ, ਅਪਵਰਕ ਦੀ ਫੀਸ ਨਹੀਂ", findings: [{ match: "ਨਕਦ ਦੇ ਦਿਆਂਗਾ", severity: 'violation' }] },
  { text: "salli kelinma mage bank account ekata danna", findings: [{ match: "kelinma mage bank account ekata danna", severity: 'violation' }] },
  { text: "ez cash eken salli ewanna", findings: [{ match: "ez cash eken salli ewanna", severity: 'violation' }] },
  { text: "upwork fee nathuwa kelinma gewamu", findings: [{ match: "kelinma gewamu", severity: 'violation' }] },
  { text: "frimi ekata gewanna", findings: [{ match: "frimi ekata gewanna", severity: 'violation' }] },
  { text: "genie eken pay karanna, upwork eken newei", findings: [{ match: "genie eken pay karanna", severity: 'violation' }] },
  { text: "commission eka beraganna eliyen gewamu", findings: [{ match: "eliyen gewamu", severity: 'violation' }] },
  { text: "සල්ලි කෙලින්ම මගේ බැංකු ගිණුමට දාන්න", findings: [{ match: "කෙලින්ම මගේ බැංකු ගිණුමට දාන්න", severity: 'violation' }] },
  { text: "eZ Cash එකෙන් සල්ලි එවන්න", findings: [{ match: "eZ Cash එකෙන් සල්ලි එවන්න", severity: 'violation' }] },
  { text: "Upwork ෆීස් නැතුව කෙලින්ම ගෙවන්න පුළුවන්ද?", findings: [{ match: "කෙලින්ම ගෙවන්න", severity: 'violation' }] },
  { text: "අප්වර්ක් කොමිස් එක ඉතුරු කරගන්න අපි එළියෙන් ගෙවමු", findings: [{ match: "එළියෙන් ගෙවමු", severity: 'violation' }] },
  { text: "FriMi එකට ගෙවන්න", findings: [{ match: "FriMi එකට ගෙවන්න", severity: 'violation' }] },
  { text: "ඊළඟ ප්‍රොජෙක්ට් එකට මම කෙලින්ම ගෙවන්නම්", findings: [{ match: "කෙලින්ම ගෙවන්නම්", severity: 'violation' }] },
  { text: "PayPal එකෙන් ගෙවන්න, Upwork එකෙන් නෙවෙයි", findings: [{ match: "PayPal එකෙන් ගෙවන්න", severity: 'violation' }] },
  { text: "සල්ලි අතට දෙන්න", findings: [{ match: "සල්ලි අතට දෙන්න", severity: 'violation' }] },
  { text: "ගාස්තුව බේරගන්න මගේ ගිණුමට සල්ලි දාන්න", findings: [{ match: "ගාස්තුව බේරගන්න", severity: 'violation' }] },
  { text: "Genie එකෙන් පේමන්ට් එක කරන්න", findings: [{ match: "Genie එකෙන් පේමන්ට් එක කරන්න", severity: 'violation' }] },
);
valid.push(
  "ඉන්වොයිස් එක Upwork හරහා ගෙවන්න, කෙලින්ම ගෙවන්න එපා",
  "invoice eka upwork haraha gewanna, kelinma gewanna epa",
  "ઇન્વોઇસ અપવર્ક દ્વારા જ ચૂકવજો, સીધું પેમેન્ટ નહીં",
  "invoice upwork dwara j chukavjo",
  "ਇਨਵੌਇਸ ਅਪਵਰਕ ਰਾਹੀਂ ਹੀ ਭਰੋ",
  "ಇನ್‌ವಾಯ್ಸ್ ಅಪ್‌ವರ್ಕ್ ಮೂಲಕವೇ ಪೇ ಮಾಡಿ",
  "invoice ကို Upwork ကနေပဲ ပေးပါ",
  "បង់ invoice តាម Upwork ប៉ុណ្ណោះ",
  "upi integration banavi aapish",
  "badhu payment upwork dwara j thase",
  "UPI ઇન્ટિગ્રેશન બનાવી આપીશ",
  "બધું પેમેન્ટ અપવર્ક દ્વારા જ થશે",
  "બહાર પેમેન્ટ કરવાનું કહે તો હું ના પાડું છું",
  "ខ្ញុំអាចធ្វើ ABA integration បាន",
  "បង់ប្រាក់ទាំងអស់តាម Upwork",
  "ella payment upwork moolakave",
  "UPI ಇಂಟಿಗ್ರೇಷನ್ ಮಾಡಿಕೊಡ್ತೀನಿ",
  "ಎಲ್ಲಾ ಪೇಮೆಂಟ್ ಅಪ್‌ವರ್ಕ್ ಮೂಲಕವೇ",
  "upi integration cheythu tharam",
  "ella paymentum upwork vazhi mathram",
  "യുപിഐ ഇന്റഗ്രേഷൻ ചെയ്തു തരാം",
  "UPI ഇന്റഗ്രേഷൻ ചെയ്തു തരാം",
  "എല്ലാ പേയ്മെന്റും അപ്വർക്ക് വഴി മാത്രം",
  "KBZPay integration လုပ်ပေးနိုင်ပါတယ်",
  "ငွေပေးချေမှု အားလုံး Upwork ကနေပဲ",
  "ساری پیمنٹ اپ ورک راہیں ای ہووے گی",
  "saari payment upwork raahi hi hovegi",
  "UPI ਇੰਟੀਗ੍ਰੇਸ਼ਨ ਬਣਾ ਦਿਆਂਗਾ",
  "ਸਾਰੀ ਪੇਮੈਂਟ ਅਪਵਰਕ ਰਾਹੀਂ ਹੀ ਹੋਵੇਗੀ",
  "ez cash integration eka hadala denna puluwan",
  "okkoma gewim upwork haraha witharai",
  "eZ Cash ඉන්ටග්‍රේෂන් එක හදලා දෙන්න පුළුවන්",
  "සියලුම ගෙවීම් Upwork හරහා විතරයි",
  "Upwork එකෙන් එළියේ ගෙවන්න කිව්වොත් මම එකඟ වෙන්නේ නෑ",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Zan biya ka kai tsaye ta Opay", findings: [{ match: "Opay", severity: 'violation' }] },
  { text: "Ka tura kuɗin zuwa asusun banki na", findings: [{ match: "tura kuɗin zuwa asusun banki", severity: 'violation' }] },
  { text: "Mu guji kuɗin Upwork, ka biya ni kai tsaye", findings: [{ match: "biya ni kai tsaye", severity: 'violation' }] },
  { text: "Ka biya ni a wajen Upwork", findings: [{ match: "biya ni a wajen Upwork", severity: 'violation' }] },
  { text: "Zan turo maka USDT", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Ka tura kudin ta Palmpay", findings: [{ match: "Palmpay", severity: 'violation' }] },
  { text: "Idan muka yi a waje ba za mu biya kudin Upwork ba", findings: [{ match: "a waje ba za mu biya", severity: 'violation' }] },
  { text: "Biya ni ta Payoneer kai tsaye", findings: [{ match: "Payoneer", severity: 'violation' }] },
  { text: "Zan biya ka tsabar kudi hannu da hannu", findings: [{ match: "biya ka tsabar kudi", severity: 'violation' }] },
  { text: "Ka tura kuɗin a asusun Moniepoint dina", findings: [{ match: "tura kuɗin a asusun Moniepoint", severity: 'violation' }] },
  { text: "Mu kauce wa cajin Upwork", findings: [{ match: "kauce wa cajin Upwork", severity: 'violation' }] },
  { text: "Màá san owó fún ọ tààrà", findings: [{ match: "Màá san owó fún ọ tààrà", severity: 'violation' }] },
  { text: "Fi owo ranse si account mi", findings: [{ match: "Fi owo ranse si account mi", severity: 'violation' }] },
  { text: "Ẹ jẹ́ ká yẹra fún owó Upwork", findings: [{ match: "yẹra fún owó Upwork", severity: 'violation' }] },
  { text: "San owo fun mi ni ita Upwork", findings: [{ match: "San owo fun mi ni ita Upwork", severity: 'violation' }] },
  { text: "Send am to my Opay, ma san e taara", findings: [{ match: "Opay", severity: 'violation' }] },
  { text: "Màá fi USDT san owó náà", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Ki Upwork ma gba owo wa, e je ka se e taara", findings: [{ match: "Ki Upwork ma gba owo", severity: 'violation' }, { match: "je ka se e taara", severity: 'violation' }] },
  { text: "Fi owo si Palmpay mi", findings: [{ match: "Palmpay", severity: 'violation' }] },
  { text: "Màá san owó lọ́wọ́, cash", findings: [{ match: "owó lọ́wọ", severity: 'violation' }] },
  { text: "E san owo si Kuda mi taara", findings: [{ match: "san owo si Kuda mi taara", severity: 'violation' }] },
  { text: "Aga m akwụ gị ụgwọ kpọmkwem, na-enweghị Upwork", findings: [{ match: "akwụ gị ụgwọ kpọmkwem, na-enweghị Upwork", severity: 'violation' }] },
  { text: "Zite ego n'akaụntụ m", findings: [{ match: "Zite ego n'akaụntụ m", severity: 'violation' }] },
  { text: "Ka anyị zere ego Upwork na-ewe", findings: [{ match: "Ka anyị zere ego Upwork na-ewe", severity: 'violation' }] },
  { text: "Kwuo m ugwo na mpuga Upwork", findings: [{ match: "Kwuo m ugwo na mpuga Upwork", severity: 'violation' }] },
  { text: "Send am to my Opay, aga m akwụ gị kpọmkwem", findings: [{ match: "Opay", severity: 'violation' }] },
  { text: "Aga m eji USDT kwụọ gị", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Ka Upwork ghara iwere ego anyị, ka anyị mee ya kpọmkwem", findings: [{ match: "Ka Upwork ghara iwere ego", severity: 'violation' }, { match: "ka anyị mee ya kpọmkwem", severity: 'violation' }] },
  { text: "Zite ego na Palmpay m", findings: [{ match: "Palmpay", severity: 'violation' }] },
  { text: "Aga m enye gị ego n'aka", findings: [{ match: "ego n'aka", severity: 'violation' }] },
  { text: "Kwụọ ego na Kuda m kpọmkwem", findings: [{ match: "Kwụọ ego na Kuda m kpọmkwem", severity: 'violation' }] },
  { text: "Si toos ah ayaan lacagta kuugu soo diri doonaa EVC Plus", findings: [{ match: "Si toos ah ayaan lacagta kuugu soo diri", severity: 'violation' }] },
  { text: "Lacagta ku soo dir Zaad-kayga", findings: [{ match: "Lacagta ku soo dir Zaad", severity: 'violation' }] },
  { text: "Aan ka fogaano khidmadda Upwork", findings: [{ match: "ka fogaano khidmadda Upwork", severity: 'violation' }] },
  { text: "Ii bixi Upwork dibaddiisa", findings: [{ match: "Ii bixi Upwork dibaddiisa", severity: 'violation' }] },
  { text: "Dahabshiil igu soo dir lacagta", findings: [{ match: "Dahabshiil igu soo dir lacagta", severity: 'violation' }] },
  { text: "USDT ayaan kugu bixin doonaa", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Si Upwork aanay qayb uga qaadan, si toos ah aan u shaqeyno", findings: [{ match: "Upwork aanay qayb uga qaadan", severity: 'violation' }, { match: "si toos ah aan u shaqeyno", severity: 'violation' }] },
  { text: "Lacagta Sahal igu soo dir", findings: [{ match: "Lacagta Sahal", severity: 'violation' }] },
  { text: "Lacag caddaan ah gacanta ayaan kuu geliyaa", findings: [{ match: "Lacag caddaan", severity: 'violation' }] },
  { text: "Lacagta ku shub akoonkayga bangiga", findings: [{ match: "ku shub akoonkayga bangiga", severity: 'violation' }] },
  { text: "Handoa anao mivantana amin'ny MVola aho", findings: [{ match: "Handoa anao mivantana", severity: 'violation' }] },
  { text: "Alefaso amin'ny kaontiko ny vola", findings: [{ match: "Alefaso amin'ny kaontiko ny vola", severity: 'violation' }] },
  { text: "Andao hialana amin'ny saram-pandraharahan'ny Upwork", findings: [{ match: "hialana amin'ny saram-pandraharahan'ny Upwork", severity: 'violation' }] },
  { text: "Aloavy ivelan'ny Upwork aho", findings: [{ match: "Aloavy ivelan'ny Upwork", severity: 'violation' }] },
  { text: "Alefaso amin'ny Orange Money ny vola", findings: [{ match: "Orange Money", severity: 'violation' }] },
  { text: "USDT no handoavako anao", findings: [{ match: "USDT", severity: 'violation' }] },
  { text: "Mba tsy haka anjara ny Upwork, andao hiasa mivantana", findings: [{ match: "Mba tsy haka anjara ny Upwork", severity: 'violation' }, { match: "hiasa mivantana", severity: 'violation' }] },
  { text: "Airtel Money no alefaso ny vola", findings: [{ match: "Airtel Money", severity: 'violation' }] },
  { text: "Vola an-tanana no handoavako anao", findings: [{ match: "Vola an-tanana", severity: 'violation' }] },
);
valid.push(
  "Ka biya ta Upwork kawai",
  "Ya ce in biya shi ta Opay, na ki",
  "Ina haɗa Paystack a cikin manhajar ku",
  "Kada ka biya kowa a wajen Upwork, ka'ida ce",
  "Ba zan biya ka a wajen Upwork ba",
  "Abokin ciniki ya ce zai biya ni kai tsaye, na ki",
  "Ina biyan kudin Upwork kowane wata",
  "Kudin Upwork ya yi yawa amma zan ci gaba a nan",
  "Ina gina manhajar biyan kudi da Opay da Palmpay",
  "Zan biya ka ta Upwork idan aikin ya kare",
  "San owó nípasẹ̀ Upwork nìkan",
  "O ni ki n san owo si Opay re, mo ko jale",
  "Mo n so Paystack po mo app yin",
  "Owo Upwork po ju sugbon a o duro sibi",
  "Ẹ má ṣe san owó fún ẹnikẹ́ni ní ìta Upwork",
  "Mi o ni san owo ni ita Upwork",
  "Owo Upwork ti won gba po, sugbon ko si wahala",
  "San owo naa nipase Upwork, e seun",
  "Kwụọ ụgwọ site na Upwork naanị",
  "Ọ sị m kwụọ ụgwọ na Opay ya, ajụrụ m",
  "Ana m ejikọ Paystack na app unu",
  "Ego Upwork na-ewe dị elu mana anyị ga-anọ ebe a",
  "Ekwela ka onye ọ bụla kwụọ gị ụgwọ na mpụga Upwork",
  "Lacagta Upwork kaliya ku bixi",
  "Wuxuu igu yiri EVC ku bixi, waan diiday",
  "Zaad API ayaan ku xirayaa app-kaaga",
  "Khidmadda Upwork way badan tahay laakiin halkan ayaan joogaynaa",
  "Cidna lacag ha u dirin Upwork dibaddiisa",
  "Khidmadda Upwork waa 10%, waan aqbalay",
  "Lacagta waxaan ku bixin doonaa Upwork, mahadsanid",
  "Aloavy amin'ny alalan'ny Upwork ihany",
  "Nilaza izy mba handoa amin'ny MVola, nolaviko",
  "Mampiditra MVola API ao amin'ny app-nao aho",
  "Lafo ny saram-pandraharahan'ny Upwork fa hijanona eto izahay",
  "Aza mandoa vola amin'olona ivelan'ny Upwork",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (PAY)
  { text: "Kan du betala via Swish istället? Då slipper vi avgiften", findings: [{ match: "betala via Swish", severity: 'violation' }, { match: "slipper vi avgiften", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Jag fakturerar dig direkt så sparar vi 10%", findings: [{ match: "fakturerar dig direkt", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "swisha mig 2000 kr sa kör jag igång", findings: [{ match: "swisha mig", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Betala in pengarna på mitt konto, jag skickar kontonumret", findings: [{ match: "Betala in pengarna på mitt konto", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "vi gör det utanför upwork sa slipper vi deras avgift", findings: [{ match: "gör det utanför upwork", severity: 'violation' }, { match: "slipper vi deras avgift", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Nästa gång betalar du mig direkt, utan Upwork", findings: [{ match: "betalar du mig direkt, utan Upwork", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Skicka pengarna via Revolut så går det fortare", findings: [{ match: "Skicka pengarna via Revolut", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Jag tar kontant om vi träffas, billigare för båda", findings: [{ match: "kontant om vi träffas", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Ni kan väl föra över till mitt bankkonto?", findings: [{ match: "föra över till mitt bankkonto", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Sätt in det på mitt PayPal så slipper vi Upworks provision", findings: [{ match: "slipper vi Upworks provision", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Jeg fakturerer deg direkte så sparer vi 10 prosent", findings: [{ match: "fakturerer deg direkte", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "vippse meg 2000 kr så starter jeg i dag", findings: [{ match: "vippse meg", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Sett inn pengene på kontoen min, jeg sender kontonummeret", findings: [{ match: "Sett inn pengene på kontoen min", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "vi gjør det utenom upwork sa slipper vi avgiften deres", findings: [{ match: "gjør det utenom upwork", severity: 'violation' }, { match: "slipper vi avgiften", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Neste gang betaler du meg direkte, uten Upwork", findings: [{ match: "betaler du meg direkte, uten Upwork", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Send pengene via Revolut så går det raskere", findings: [{ match: "Send pengene via Revolut", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Overfør til bankkontoen min så er vi ferdige", findings: [{ match: "Overfør til bankkontoen", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Jeg fakturerer dig direkte så sparer vi 10 procent", findings: [{ match: "fakturerer dig direkte", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Sæt pengene ind på min konto, jeg sender kontonummeret", findings: [{ match: "Sæt pengene ind på min konto", severity: 'violation' }] },
  // Danish (PAY)
  { text: "vi gør det udenom upwork saa slipper vi deres gebyr", findings: [{ match: "gør det udenom upwork", severity: 'violation' }, { match: "slipper vi deres gebyr", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Næste gang betaler du mig direkte, uden Upwork", findings: [{ match: "betaler du mig direkte, uden Upwork", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Overfør til min bankkonto så er vi færdige", findings: [{ match: "Overfør til min bankkonto", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Betal kontant når vi mødes, billigere for os begge", findings: [{ match: "Betal kontant når vi mødes", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Voitko maksaa MobilePaylla? Säästetään palkkio", findings: [{ match: "Säästetään palkkio", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Laskutan sinua suoraan, niin säästetään 10 prosenttia", findings: [{ match: "Laskutan sinua suoraan", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Maksa tilisiirrolla mun tilille, lähetän tilinumeron", findings: [{ match: "Maksa tilisiirrolla", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "tehdään se upworkin ohi niin ei tarvitse maksaa palkkiota", findings: [{ match: "upworkin ohi niin ei tarvitse maksaa", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Ensi kerralla maksat suoraan minulle, ilman Upworkia", findings: [{ match: "maksat suoraan minulle, ilman Upworkia", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Lähetä rahat Revolutilla niin se on nopeampaa", findings: [{ match: "Lähetä rahat Revolutilla", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Maksa käteisellä kun tavataan", findings: [{ match: "käteisellä kun tavataan", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "laita rahat mun tilille niin aloitan heti", findings: [{ match: "laita rahat mun tilille", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Geturðu borgað með Aur í staðinn? Þá sleppum við gjaldinu", findings: [{ match: "borgað með Aur", severity: 'violation' }, { match: "sleppum við gjaldinu", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Ég sendi þér reikning beint og við spörum 10%", findings: [{ match: "sendi þér reikning beint", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Millifærðu á reikninginn minn, ég sendi reikningsnúmerið", findings: [{ match: "Millifærðu á reikninginn minn", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "borgadu mer beint framhja upwork", findings: [{ match: "borgadu mer beint framhja upwork", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Næst borgarðu mér beint, án Upwork", findings: [{ match: "borgarðu mér beint", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Sendu peninginn með Kass", findings: [{ match: "Sendu peninginn með Kass", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "Jag kan fakturera ert bolag direkt istället, så slipper ni Upworks avgift", findings: [{ match: "fakturera ert bolag direkt", severity: 'violation' }] },
  // Swedish (PAY)
  { text: "betala hälften via swish och resten kontant", findings: [{ match: "betala hälften via swish", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Jeg kan fakturere firmaet ditt direkte, så slipper vi gebyret", findings: [{ match: "fakturere firmaet ditt direkte", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Jeg kan fakturere dit firma direkte, så slipper vi gebyret", findings: [{ match: "fakturere dit firma direkte", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Voin laskuttaa yritystäsi suoraan, niin säästetään palkkio", findings: [{ match: "laskuttaa yritystäsi suoraan", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Ég get sent fyrirtækinu þínu reikning beint framhjá Upwork", findings: [{ match: "sent fyrirtækinu þínu reikning beint framhjá Upwork", severity: 'violation' }] },
  // Finnish (PAY)
  { text: "Voit maksaa käteisellä, säästetään välityspalkkio", findings: [{ match: "säästetään välityspalkkio", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Millifærðu bara beint á mig, sleppum gjaldinu", findings: [{ match: "Millifærðu bara beint", severity: 'violation' }] },
  // Icelandic (PAY)
  { text: "Borgaðu mér með Aur, það er fljótlegra", findings: [{ match: "Borgaðu mér með Aur", severity: 'violation' }] },
  // Norwegian (PAY)
  { text: "Betal meg kontant neste gang, så slipper vi Upwork sin provisjon", findings: [{ match: "slipper vi Upwork sin provisjon", severity: 'violation' }] },
  // Danish (PAY)
  { text: "Betal mig kontant næste gang, så slipper vi Upworks gebyr", findings: [{ match: "slipper vi Upworks gebyr", severity: 'violation' }] },
);
valid.push(
  // Swedish (PAY)
  "Vi betalar allt via Upwork, inget annat",
  // Swedish (PAY)
  "Bygg in Swish och Klarna som betalsätt i kassan",
  // Swedish (PAY)
  "Han ville att jag skulle betala utanför Upwork, jag vägrade",
  // Swedish (PAY)
  "Fakturan skickas via Upwork som vanligt",
  // Norwegian (PAY)
  "Vi betaler alt via Upwork, ikke noe annet",
  // Norwegian (PAY)
  "Legg til Vipps som betalingsmåte i kassen",
  // Danish (PAY)
  "Vi betaler alt via Upwork, intet andet",
  // Danish (PAY)
  "Tilføj MobilePay som betalingsmetode i kurven",
  // Finnish (PAY)
  "Maksamme kaiken Upworkin kautta",
  // Finnish (PAY)
  "Lisää MobilePay maksutavaksi kassalle",
  // Icelandic (PAY)
  "Við borgum allt í gegnum Upwork",
  // Icelandic (PAY)
  "Bættu Aur við sem greiðsluleið í körfunni",
  // Swedish (PAY)
  "Betalningen går genom Upwork, milstolpe för milstolpe",
  // Swedish (PAY)
  "Kunden ville betala med Swish utanför Upwork, jag sa nej",
  // Swedish (PAY)
  "Butiken ska ta emot Swish och kort i kassan",
  // Swedish (PAY)
  "Upworks avgift är tio procent, det har jag räknat med i priset",
  // Norwegian (PAY)
  "Betalingen går gjennom Upwork, milepæl for milepæl",
  // Norwegian (PAY)
  "Nettbutikken skal ta imot Vipps og kort i kassen",
  // Danish (PAY)
  "Betalingen går gennem Upwork, milepæl for milepæl",
  // Danish (PAY)
  "Webshoppen skal tage imod MobilePay og kort i kurven",
  // Finnish (PAY)
  "Maksu kulkee Upworkin kautta, välitavoite kerrallaan",
  // Icelandic (PAY)
  "Greiðslan fer í gegnum Upwork",
  // Finnish (PAY)
  "Upworkin palkkio on 10 %, olen laskenut sen hintaan",
  // Icelandic (PAY)
  "Þóknun Upwork er 10%, ég reiknaði með henni í verðinu",
  // Norwegian (PAY)
  "Upwork sin provisjon er 10 prosent, jeg har tatt den med i prisen",
  // Danish (PAY)
  "Upworks gebyr er 10 procent, det har jeg regnet med i prisen",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (pay)
  { text: "Sumokek man tiesiai i saskaita, be upwork mokescio", findings: [{ match: "Sumokek man tiesiai i saskaita, be upwork", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Galiu sumoketi pavedimu, taip isvengsim komisiniu", findings: [{ match: "isvengsim komisiniu", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Atsiusiu IBAN, pervesk tiesiai", findings: [{ match: "pervesk tiesiai", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Moku per Revolut, kad upwork nenuskaitytu 20%", findings: [{ match: "Moku per Revolut", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Apmokejimas per Paysera, ne per upwork", findings: [{ match: "Apmokejimas per Paysera, ne per upwork", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Jei mokesi tiesiai, padarysiu nuolaida", findings: [{ match: "mokesi tiesiai", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Kita karta dirbkim tiesiogiai, be tarpininku", findings: [{ match: "dirbkim tiesiogiai, be tarpininku", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Pervesk i mano Swedbank saskaita", findings: [{ match: "Pervesk i mano Swedbank", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Sumokėsiu grynais, kai susitiksim", findings: [{ match: "Sumokėsiu grynais", severity: 'violation' }] },
  // Lithuanian (pay)
  { text: "Uzdarykim kontrakta ir moketi tiesiai per PayPal", findings: [{ match: "moketi tiesiai", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Samaksa man tiesi uz kontu, bez upwork komisijas", findings: [{ match: "Samaksa man tiesi uz kontu, bez upwork", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Varu samaksat ar parskaitijumu, ta izvairisimies no komisijas", findings: [{ match: "samaksat ar parskaitijumu", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Parskaiti uz manu Swedbank kontu", findings: [{ match: "Parskaiti uz manu Swedbank", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Maksaju ar Revolut, lai upwork neatnem 20%", findings: [{ match: "Maksaju ar Revolut", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Samaksasu skaidra nauda, kad satiksimies", findings: [{ match: "Samaksasu skaidra nauda", severity: 'violation' }] },
  // Latvian (pay)
  { text: "Nakamreiz stradajam tiesi, bez starpniekiem", findings: [{ match: "stradajam tiesi", severity: 'violation' }] },
  // Estonian (pay)
  { text: "Maksa mulle otse kontole, ilma upworki vahendustasuta", findings: [{ match: "Maksa mulle otse kontole, ilma upworki", severity: 'violation' }] },
  // Estonian (pay)
  { text: "Saan maksta pangaulekandega, nii valdime tasu", findings: [{ match: "valdime tasu", severity: 'violation' }] },
  // Estonian (pay)
  { text: "Kanna raha minu Swedbanki kontole", findings: [{ match: "Kanna raha minu Swedbanki", severity: 'violation' }] },
  // Estonian (pay)
  { text: "Maksan sularahas kui kohtume", findings: [{ match: "Maksan sularahas", severity: 'violation' }] },
  // Estonian (pay)
  { text: "Jargmine kord teeme otse, ilma vahendajata", findings: [{ match: "teeme otse", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "Visi mokejimai tik per Upwork",
  // Lithuanian
  "Integruosiu Paysera mokejimus i jusu e-parduotuve",
  // Lithuanian
  "Mokejimas per upwork po kiekvieno etapo",
  // Lithuanian
  "Jis man pasiule moketi per Revolut, atsisakiau",
  // Latvian
  "Visi maksajumi tikai caur Upwork",
  // Latvian
  "Integresim Revolut maksajumus jusu e-veikala",
  // Estonian
  "Koik maksed ainult upworki kaudu",
  // Estonian
  "Integreerime Revoluti makselahenduse teie e-poodi",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Bulgarian (pay)
  { text: "Prevedi mi direktno po smetkata, bez upwork", findings: [{ match: "Prevedi mi direktno po smetkata, bez upwork", severity: 'violation' }] },
);

// Round twenty-nine (t52): false alarms by who the money is for and what the sentence does (a service described for anybody, a
// guide, a refusal, a study, another site's hold, a data model); the nearest violations of each family stay violations.
valid.push(
  // Money both ways, what a service lets anybody do; "US" the country, not the pronoun.
  "Users can send and receive money using their phone number or email address, and can pay with their Venmo balance, debit or credit card, or US bank.",
  "With PayPal, you can send or receive a payment for Goods and Services, or you can pick Friends and Family. Obviously, if you are paying for something like a physical good or digital good, or a service of any kind, then you should choose Goods and Services.",
  "With Wise, people can send and receive money in 40 currencies.",
  // A guide for anybody who is paid: the payer nobody in particular, the writer nowhere in the text.
  "If someone wants to pay you for work in cryptocurrency, here are the key steps you should take: 1. Agree on the terms: Discuss and agree upon the scope of work, deadlines, and the amount of cryptocurrency you will receive as payment. 2. Set up a cryptocurrency wallet. 3. Provide your wallet address: Share your cryptocurrency wallet's public address with the person who will be paying you.",
  "If anyone wants to pay you through PayPal, ask for Goods and Services so the payment is protected.",
  "When somebody sends you money on Wise, it lands in your balance within a day.",
  // Vietnamese: the writer's own "không" right before the verb; "xem trực tiếp" (watched live).
  { text: "Em cảm ơn anh nhiều nhưng em không nhận tiền ngoài Upwork đâu ạ, tài khoản em dễ bị khoá lắm. Anh gửi bonus qua nút Bonus trong hợp đồng là được rồi ạ.", context: { contract: 'active' } },
  "Em không trả phí ngoài Upwork đâu ạ, anh gửi qua milestone nhé.",
  { text: "Tối nay 9 giờ anh gọi Google Meet với em được không ạ? Em demo mấy lỗi thanh toán cho anh xem trực tiếp, gõ chữ giải thích lâu lắm.", context: { contract: 'active' } },
  // Others' ways of paying studied or compared: a survey, "versus".
  { text: "We're studying how freelancers feel about platform fees versus direct payment. There are no right or wrong answers in section C.", context: { role: 'client' } },
  "Our survey asks respondents how often they use direct payment compared to escrow.",
  // An account with another site held or refused, reported.
  { text: "Your Seller Central shows a payment hold because the bank account verification failed. Amazon wants a bank statement that matches the name on the account. Please upload it under Settings > Account Info; I can't do that part for you.", context: { contract: 'active' } },
  "Stripe put the payouts on hold until the business verification is done, so the PayPal button stays hidden for now.",
  // Payment methods as columns of a data model, the topic of tutorials, a gateway installed (Vietnamese).
  "sir model mein jazzcash aur bank transfer dono ka column bana diya hai",
  "For your channel I would edit the tutorials like \"how to buy USDT safely\" with zoom on the buttons.",
  "Chào anh chị,\n\nEm đọc tin tuyển dụng: shop mỹ phẩm WooCommerce cần thêm cổng thanh toán VNPay và ví MoMo, đồng thời sửa lỗi đơn hàng bị treo trạng thái \"chờ thanh toán\".\n\nEm đã tích hợp VNPay cho 6 shop và MoMo cho 4 shop. Lỗi đơn bị treo thường do URL IPN (thông báo kết quả thanh toán) bị chặn bởi plugin bảo mật hoặc Cloudflare, em sẽ kiểm tra phần này trước.\n\nCông việc:\n1. Cài cổng VNPay (thẻ ATM nội địa, QR) và MoMo\n2. Cấu hình IPN, kiểm tra đơn tự chuyển sang \"đang xử lý\" khi thanh toán thành công\n3. Test bằng môi trường sandbox của VNPay và MoMo\n4. Viết hướng dẫn đối soát đơn cho nhân viên\n\nThông tin merchant (TMN code, secret key) anh chị tự nhập trong trang cài đặt, em sẽ quay video hướng dẫn, em không cần giữ những thông tin đó.\n\nThời gian 4 ngày, giá 280 USD. Em cảm ơn ạ.\nKhoa",
  "The sheet has a Payment Method dropdown with PayPal, Zelle and cash, plus a column for the date.",
);
invalid.push(
  { text: "I can send or receive through PayPal, whatever suits you.", findings: [{ match: "receive through PayPal", severity: 'violation' }] },
  { text: "You can pay me on Venmo, I send and receive there all the time.", findings: [{ match: "pay me on Venmo", severity: 'violation' }] },
  { text: "We send and receive payments by Zelle, it's easier for us.", findings: [{ match: "receive payments by Zelle", severity: 'violation' }] },
  { text: "If you want to pay in crypto, here is my wallet: 0x12ab34cd56ef.", findings: [{ match: "pay in crypto", severity: 'violation' }] },
  { text: "If someone wants to pay you in USDT, send them my wallet address.", findings: [{ match: "pay you in USDT", severity: 'violation' }, { match: "my wallet address", severity: 'violation' }] },
  { text: "If anyone pays you via PayPal, we split it 50/50.", findings: [{ match: "via PayPal", severity: 'violation' }] },
  { text: "Em nhận tiền ngoài Upwork được không anh?", findings: [{ match: "nhận tiền ngoài Upwork", severity: 'violation' }] },
  { text: "Anh thanh toán trực tiếp cho em qua Vietcombank nhé.", findings: [{ match: "thanh toán trực tiếp", severity: 'violation' }] },
  { text: "Sao anh không chuyển khoản trực tiếp cho em, khỏi mất phí Upwork?", findings: [{ match: "chuyển khoản trực tiếp", severity: 'violation' }] },
  { text: "Upwork fees are 10%, so let's do direct payment by bank transfer.", findings: [{ match: "direct payment", severity: 'violation' }, { match: "bank transfer", severity: 'violation' }] },
  { text: "Let's skip the survey and do direct payment, it saves us both the fee.", findings: [{ match: "direct payment", severity: 'violation' }, { match: "saves us both the fee", severity: 'violation' }] },
  { text: "My Payoneer account is on hold, so please pay me via PayPal this time.", findings: [{ match: "My Payoneer account", severity: 'violation' }, { match: "pay me via PayPal", severity: 'violation' }] },
  { text: "My Payoneer account is on hold. Can you send it via Wise?", findings: [{ match: "My Payoneer account", severity: 'violation' }, { match: "send it via Wise", severity: 'violation' }] },
  { text: "sir jazzcash pe bhej do, column baad mein bana dunga", findings: [{ match: "jazzcash", severity: 'violation' }] },
  { text: "Anh chuyển qua MoMo cho em nhé, khỏi qua Upwork", findings: [{ match: "MoMo", severity: 'violation' }] },
  { text: "Send the USDT for the tutorials to my Binance wallet, it's cheaper than Upwork.", findings: [{ match: "USDT", severity: 'violation' }] },
);

valid.push(
  // A help page on the reader's own invoicing: the payer the reader's client, the writer nowhere in the text.
  { text: "Your client will receive the invoice by email. They can open it and click View & Pay. They can also download a copy for their records. Venmo: They scan a QR code or are redirected to the Venmo app. Venmo payments are then deposited into your PayPal account.", context: { role: 'client' } },
  "Your customers pay through the Square link and the money lands in your bank account the next day.",
  // What goes "direct" is sent to a chat (a receipt to the shop's number), a QR code in a feature request.
  { text: "Gostaria de saber se tem como colocar um campo para inserir numero do whatsapp. Por exemplo quando eu ler o qrcode e pagar o pix enviar o comprovante de pagamento direto para esse numero do whats.", context: { role: 'client' } },
  "Quero que o cliente envie o comprovante de pagamento direto para esse número do whats da loja.",
);
invalid.push(
  { text: "Your client can pay you via PayPal, and I'll take my 10% cut from it.", findings: [{ match: "pay you via PayPal", severity: 'violation' }] },
  { text: "Your client will receive the invoice by email, then pay me the rest on Venmo.", findings: [{ match: "invoice by email, then pay me the rest on Venmo", severity: 'violation' }] },
  { text: "Faz o pagamento direto para esse número, é minha chave Pix.", findings: [{ match: "Pix", severity: 'violation' }] },
  { text: "Me paga direto por fora do Upwork, manda pro meu whats o comprovante.", findings: [{ match: "Me paga direto por fora do Upwork", severity: 'violation' }] },
  { text: "Use this QR code to pay me in USDT instead of Upwork.", findings: [{ match: "pay me in USDT", severity: 'violation' }] },
  // The QR code the writer sends to be paid is no work on QR codes (the frames' work-talk guards read it as such until 6 December).
  { text: "Paga no Pix direto pra mim, te mando o QR code.", findings: [{ match: "Paga no Pix direto", severity: 'violation' }] },
  { text: "Paga direto pra mim, te passo meu QR code.", findings: [{ match: "Paga direto", severity: 'violation' }] },
  // The same in English, where the comma keeps the QR code in the clause the direct-payment guard reads (a full stop did not).
  { text: "Pay the rest to me directly, I will send you my QR code.", findings: [{ match: "Pay the rest to me directly", severity: 'violation' }] },
  { text: "pay the rest to me directly, ill send u my qr code", findings: [{ match: "pay the rest to me directly", severity: 'violation' }] },
);
valid.push(
  // A QR code built, designed or read in a shop's checkout is still work.
  "Vou gerar o QR code do Pix no checkout da sua loja.",
  "Integrei o Pix na loja, o cliente escaneia o QR code e paga.",
  "Customers pay directly at the counter, so I'll send you my QR code mockups for the table tents.",
  "Guests pay through the checkout; I'll send you the QR code for the menu.",
  // Someone else hired on their own (batch 116): not the two people writing dealing around the site.
  "Sorry, I don't share my Upwork login with anyone. If you need two translators, you can hire Mariam directly, she has her own profile.",
  "If you want him too, hire him directly, he has his own profile.",
  "Or you can hire him directly outside of this project as your own employee.",
);
invalid.push(
  // ...unless the site or its fee is named, or the writer is the one hired.
  { text: "You could hire him directly outside Upwork, he's cheaper that way.", findings: [{ match: 'hire him directly', severity: 'violation' }] },
  { text: 'Hire Mariam directly and skip the fee, she does the same work.', findings: [
    { match: 'Hire Mariam directly', severity: 'violation' },
    { match: 'skip the fee', severity: 'violation' },
  ] },
  { text: "Next time just hire me directly, it's simpler.", findings: [{ match: 'Next time just hire me directly', severity: 'violation' }] },
  // One list for both guards: a way to pay named beside the third party hired ("hire Mariam directly... pay her by Zelle").
  { text: 'You can hire Mariam directly, just pay her by Zelle, she has her own profile.', findings: [
    { match: 'hire Mariam directly', severity: 'violation' },
    { match: 'pay her by Zelle', severity: 'violation' },
  ] },
);

valid.push(
  // Batch 122: the writer's own Upwork earnings moved on after they were paid (withdrawn, 'вивела', 'tarik ke rekening', weighed).
  "Thanks for the tip! I already withdrew it to my Payoneer and then to my local bank, all arrived fine.",
  "Дякую за оплату! Вже вивів на Payoneer, а потім на картку ПриватБанку.",
  "Makasih bonusnya Pak, sudah masuk di Upwork, langsung saya tarik ke rekening Mandiri.",
  "Wise or Payoneer for withdrawal from Upwork, which gives the better rate for Pakistan?",
  "Got the milestone payment, thanks! It goes to my Payoneer first and then to my HBL account.",
  // Batch 122: hiring directly on Upwork itself: a Direct Contract, an offer to the freelancer's own profile, a teammate's profile.
  "I'd like to hire you directly for the next build instead of going through your agency. Can I send the offer to your own Upwork profile?",
  "We want to hire you directly rather than post a job. Can I just send you an offer here on your profile?",
  "Our copywriter has her own Upwork profile, so you can work directly with her and hire her there.",
  "I sent it as a Direct Contract on Upwork since we met outside, you can accept it there.",
  "Vou te contratar pelo Upwork como Direct Contract, o pagamento fica protegido pela plataforma.",
);
invalid.push(
  // ...but an ask to pay outside beside them is still caught.
  { text: "Next month skip Upwork and just send the payment to my Payoneer, it is faster.", findings: [{ match: "send the payment to my Payoneer", severity: 'violation' }] },
  { text: "Please transfer the rest to my Payoneer directly so we avoid the Upwork fee.", findings: [{ match: "transfer the rest to my Payoneer", severity: 'violation' }, { match: "avoid the Upwork fee", severity: 'violation' }] },
  { text: "Дякую! Наступного разу переведіть оплату напряму на мій Payoneer, без Upwork.", findings: [{ match: "Payoneer", severity: 'violation' }] },
  { text: "Pak, sisanya transfer langsung ke rekening BCA saya aja ya, biar ga kena potongan Upwork.", findings: [{ match: "langsung ke rekening", severity: 'violation' }] },
  { text: "I'd like to hire you directly, off Upwork, and pay you by bank transfer.", findings: [{ match: "hire you directly", severity: 'violation' }, { match: "pay you by bank transfer", severity: 'violation' }] },
  { text: "Let's work directly next time, no Upwork, I'll pay you via Wise.", findings: [{ match: "work directly", severity: 'violation' }, { match: "pay you via Wise", severity: 'violation' }] },
  { text: "Can I hire you directly outside the platform? Send me your PayPal.", findings: [{ match: "hire you directly", severity: 'violation' }, { match: "your PayPal", severity: 'violation' }] },
  { text: "Let's do a Direct Contract outside Upwork, I'll pay you by Wise.", findings: [{ match: "Direct Contract", severity: 'violation' }, { match: "pay you by Wise", severity: 'violation' }] },
  { text: "Send me an offer here for $5 and I'll pay the rest directly.", findings: [{ match: "pay the rest directly", severity: 'violation' }] },
  { text: "I want to hire you directly from now on. Send me the invoice and I'll pay your company account.", findings: [{ match: "hire you directly", severity: 'violation' }] },
);

valid.push(
  // Batch 122: Upwork's own bill paid by the client's bank or card, a question about billing, not a payment to the freelancer.
  "Maria wants to pay Upwork from the company checking by ACH instead of the card, so the charges stop bouncing. That's on our billing page, right?",
  "Can we pay Upwork by ACH from our business account rather than the Amex? Accounting prefers it.",
);
invalid.push(
  // ...while paying the freelancer that way instead is still caught.
  { text: "Instead of paying through Upwork, I can pay you by ACH from the business checking.", findings: [{ match: "ACH", severity: 'violation' }] },
  { text: "Don't bother paying Upwork, send the ACH to my bank account instead.", findings: [{ match: "my bank account", severity: 'violation' }] },
);

valid.push(
  // Batch 131: whose money it is. A third party pays a third party (a campaign's backers, a supplier's terms), the business's own
  // invoices or price board carry its ways of being paid, a card integration under test, the writer's own customer with the
  // contract here said to be paid as usual, and Tagalog "ibang" (other), which is no Turkish IBAN.
  "My crowdfunding supporters who paid by PayPal get the signed copies first, can you sort the shipping list by pledge date?",
  "The printer's quote says half up front and half on delivery by bank transfer. Could you compare their paper weights with your spec?",
  "The invoice generator now reads the shop's M-Pesa till number and bank details from a config file, so nobody edits code.",
  "For the menu board I put 'we take Pix and cash' in the rodapé, small and in white.",
  "The clinic's reservation system is adding Satispay to deposits. Can you write the help text for that step?",
  "Mon client veut me régler en espèces à l'atelier, c'est mon affaire à moi : votre contrat ici reste payé normalement.",
  "Naipasa ko na po yung ibang refunds sa ticket, ayos na.",
);
invalid.push(
  // ...while the reader paid that way, or the writer asking it, is still caught.
  { text: "My customers pay me by PayPal, so you can pay me the rest by PayPal too.", findings: [{ match: "pay me by PayPal", severity: 'violation' }, { match: "pay me the rest by PayPal", severity: 'violation' }] },
  { text: "The printer's quote says bank transfer, and you can send my part by bank transfer too, skip Upwork.", findings: [{ match: "transfer, and you can send my part by bank transfer", severity: 'violation' }] },
  { text: "Your contract here stays paid, but for the extra logo just send me the money on PayPal.", findings: [{ match: "send me the money on PayPal", severity: 'violation' }] },
  { text: "IBAN'ımı atayım, kalanı oraya gönderirsin.", findings: [{ match: "IBAN'ımı atayım", severity: 'violation' }] },
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  "Die Zahlung läuft natürlich über Upwork, sobald der Meilenstein freigegeben ist.",
  { text: "Die PayPal-Integration im Shop ist fertig, Überweisung als Zahlungsart ist auch drin.", context: {contract: 'active'} },
  "Jemand hat mir angeboten, außerhalb von Upwork zu bezahlen, das habe ich gemeldet.",
  { text: "Kann ich die Rechnung über Upwork herunterladen? Unsere Buchhaltung braucht sie.", context: {role: 'client'} },
  "Sir gagawa po tayo ng GCash payment integration sa app, may sample API docs po ba kayo?",
  "Bayad po through Upwork milestone, wag po kayo magbayad sa labas",
  { text: "humein apne app mein UPI payment gateway lagana hai, Razorpay ka experience hai?", context: {role: 'client'} },
  "payment Upwork milestone se hi hoga, bahar payment allowed nahi hai",
  { text: "humein app mein JazzCash aur Easypaisa payment integration chahiye", context: {role: 'client'} },
  "payment sirf Upwork milestone se hogi",
  { text: "Нужно интегрировать оплату через ЮKassa и СБП в интернет-магазин", context: {role: 'client'} },
  "Оплата только через Upwork, по milestone",
  { text: "Потрібно підключити оплату через LiqPay і Monobank до сайту", context: {role: 'client'} },
  "Оплата тільки через Upwork",
  { text: "On doit intégrer Lydia et Paypal comme moyens de paiement sur le site", context: {role: 'client'} },
  "Le paiement se fera uniquement via Upwork, par jalon",
  { text: "Sitede Papara ve iyzico odeme entegrasyonu lazim", context: {role: 'client'} },
  "Odeme sadece Upwork uzerinden, milestone ile",
  { text: "Kami butuh integrasi pembayaran OVO dan Dana di aplikasi", context: {role: 'client'} },
  "Pembayaran lewat Upwork saja, pakai milestone",
  { text: "نحتاج ربط بوابة الدفع مدى و Apple Pay في المتجر", context: {role: 'client'} },
  "الدفع عن طريق أب ورك فقط",
  { text: "3ayzin ne3mel integration le vodafone cash fel app", context: {role: 'client'} },
  "el daf3 3an tare2 upwork bas",
  { text: "Necesitamos integrar Mercado Pago y PayPal en la tienda", context: {role: 'client'} },
  "El pago va por Upwork con hitos",
  { text: "Precisamos integrar Pix e Mercado Pago na loja", context: {role: 'client'} },
  "O pagamento é pela Upwork, por marco",
  "Der Kunde wollte per Überweisung außerhalb von Upwork zahlen, ich habe nein gesagt.",
  "Yung app po natin may GCash at Maya na payment option na, pwede na i-test.",
  "Client ne Paytm pe payment ka bola tha, maine mana kar diya, Upwork se hi hoga.",
  "Client JazzCash pe payment dena chahta tha lekin main ne mana kar diya.",
  "Клиент предлагал перевести на карту напрямую, но я отказался, оплата только через Upwork.",
  "Клієнт пропонував оплатити на картку, але я відмовився, тільки через Upwork.",
  "Un client m'a proposé un virement en dehors d'Upwork, j'ai refusé.",
  "Musteri EFT ile Upwork disinda odemek istedi, kabul etmedim.",
  "Klien nawarin transfer di luar Upwork tapi aku tolak.",
  "العميل طلب يحول برا المنصة ورفضت.",
  "el client 3ayez yedfa3 bara upwork bas ana rafadt.",
  "El cliente me ofreció pagar por Nequi fuera de Upwork y le dije que no.",
  "O cliente quis pagar por Pix fora da Upwork e eu recusei.",
  { text: "Die Zahlung per Kreditkarte läuft über Upwork, Sie brauchen kein PayPal.", context: {role: 'client'} },
  "Payment Upwork se hi aayega, bahar se nahi lunga sir.",
  "Payment sirf Upwork ke zariye hogi, Sadapay pe nahi.",
  "Оплата через Upwork, Тинькофф не нужен.",
  "Оплата тільки через Upwork, на картку не треба.",
  { text: "Le paiement passe par Upwork, pas besoin d'Interac.", context: {role: 'client'} },
  { text: "Odeme Upwork uzerinden olacak, Papara'ya gerek yok.", context: {role: 'client'} },
  { text: "Pembayaran tetap lewat Upwork ya kak, ga usah GoPay.", context: {role: 'client'} },
  { text: "الدفع عن طريق أب ورك، ما نحتاج STC Pay.", context: {role: 'client'} },
  { text: "el daf3 3an tari2 Upwork bass, mish 3a Whish.", context: {role: 'client'} },
  { text: "El pago va por Upwork, no necesito Yape.", context: {role: 'client'} },
  { text: "O pagamento é pela Upwork, não precisa de PicPay.", context: {role: 'client'} },
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "Das nächste Projekt machen wir ohne Upwork, ich stelle Ihnen direkt eine Rechnung aus.", context: {role: 'client'}, findings: [{ match: "machen wir ohne Upwork", severity: 'violation' }, { match: "stelle Ihnen direkt eine Rechnung", severity: 'violation' }] },
  { text: "Labas na lang po tayo ng Upwork para hindi na tayo kaltasan ng fee", findings: [{ match: "Labas na lang po tayo ng Upwork", severity: 'violation' }] },
  { text: "hisaab aapas mein kar lete hain, platform ko beech mein kyun lana", context: {role: 'client'}, findings: [{ match: "hisaab aapas mein", severity: 'violation' }] },
  { text: "aapas mein hisaab kar lein ge, commission kyun dein", findings: [{ match: "aapas mein hisaab", severity: 'violation' }] },
  { text: "الدفعة الجاية خليها كاش أو تحويل بنكي بدون أب ورك", context: {role: 'client'}, findings: [{ match: "الدفعة الجاية خليها كاش أو تحويل بنكي بدون أب ورك", severity: 'violation' }] },
  { text: "Los próximos proyectos los hacemos por fuera, te facturo directo", context: {role: 'client'}, findings: [{ match: "los hacemos por fuera", severity: 'violation' }, { match: "te facturo directo", severity: 'violation' }] },
  { text: "a gente acerta por fora, fica mais barato pros dois", findings: [{ match: "a gente acerta por fora", severity: 'violation' }] },
  { text: "Wenn Sie mir die 400 Euro per Überweisung schicken statt über den Meilenstein, spart das uns beiden die Gebühr.", findings: [{ match: "per Überweisung schicken statt über den Meilenstein", severity: 'violation' }] },
  { text: "Ma'am pwede po bang sa BDO ko na lang ideposito yung bayad? Para buo ko pong makuha.", findings: [{ match: "sa BDO ko na lang", severity: 'violation' }] },
  { text: "Sir yung bonus na sinabi niyo kahapon, sa Maya na lang po please, 0917 555 0142 po ang number ko doon. Mas mabilis po kasi dumating. Salamat po talaga!", context: {contract: 'active'}, findings: [{ match: "sa Maya na lang po please", severity: 'violation' }] },
  { text: "Pwede po bang kalahati lang ilagay natin sa milestone dito, tapos yung kalahati ipadala niyo na lang po sa Palawan Express? Mas mabilis ko po kasi makukuha, kailangan ko po talaga this week.", findings: [{ match: "ipadala niyo na lang po sa Palawan", severity: 'violation' }] },
  { text: "Namaste sir, aapka store main 3 din mein ready kar dunga. Bas ek baat, advance 30% mujhe pehle alag se bhej dijiye Google Pay pe, uske baad hi kaam start hoga. Baaki Upwork pe milestone rakh lenge.", findings: [{ match: "alag se bhej dijiye Google Pay", severity: 'violation' }] },
  { text: "Bhai sahab agar aap chahein to agla phase hum bahar kar lete hain, Upwork ka 10% bachega aur hum aap ko 8% discount bhi de denge. Faisla aap ka.", findings: [{ match: "agla phase hum bahar", severity: 'violation' }] },
  { text: "Janab ye aakhri 2 milestone Upwork pe mat daalein, hum ne apna Payoneer payment request bhej diya hai aap ki email pe, wahan se clear kar dein.", context: {contract: 'active'}, findings: [{ match: "Payoneer", severity: 'violation' }] },
  { text: "Guten Tag Frau Petrović, ein kleiner Vorschlag: 30 % zahlen wir über den Meilenstein hier, den Rest bar bei Ihrem Besuch in Mannheim nächsten Monat. Passt das?", context: {role: 'client'}, findings: [{ match: "den Rest bar", severity: 'violation' }] },
  { text: "law 7abbet tedfa3 cash lama tenzel el Cairo mafeesh ay moshkla, el project el gay mesh mehtageen Upwork aslan, keda ahsan lena el etneen", findings: [{ match: "mesh mehtageen Upwork", severity: 'violation' }] },
  { text: "Pour les prochains épisodes, on peut passer par un virement direct, ce sera plus simple pour nous deux que les jalons ici.", findings: [{ match: "passer par un virement direct", severity: 'violation' }] },
  { text: "El muchacho que me hizo la página antes me cobraba por fuera y nunca hubo problema. ¿Tú también le haces así o nomás por Upwork?", context: {role: 'client'}, findings: [{ match: "me cobraba por fuera", severity: 'violation' }] },
  { text: "bshouf el prix 450$ kteer 3alayk? eza btdf3le cash bel dollar fresh bi Beirut, bnazzlo la 380.", findings: [{ match: "cash bel dollar", severity: 'violation' }] },
  { text: "Sa susunod na project, hindi na natin idadaan dito. Padala ko na lang sa'yo gaya ng dati.", context: {role: 'client'}, findings: [{ match: "Padala ko na lang sa'yo", severity: 'violation' }] },
  { text: "أستاذ، الدفعة الأخيرة ممكن تحولها عن طريق الصراف في مرسين؟ عمولة المنصة كبيرة علينا نحن الاثنين.", context: {contract: 'active'}, findings: [{ match: "عن طريق الصراف", severity: 'violation' }] },
  { text: "Pour la suite, réglez-moi plutôt par Wise, ce sera plus simple et moins cher pour la paroisse.", findings: [{ match: "réglez-moi plutôt par Wise", severity: 'violation' }] },
  { text: "есть предложение продолжить работу в обход freelancehunt.", context: {role: 'client', contract: 'active'}, findings: [{ match: "в обход freelancehunt", severity: 'violation' }] },
  { text: "Don Andrés, lo del bono que me comentó, no lo mande por acá que Upwork se queda con una tajada. Mejor consígnelo a mi cuenta de ahorros Bancolombia, ahorita le paso el número, y quedamos a paz y salvo.", context: {contract: 'active'}, findings: [{ match: "consígnelo a mi cuenta", severity: 'violation' }] },
  { text: "Para lo que viene mejor sigamos por el verde 📱, acá todo se demora y ya nos tenemos confianza. Le escribo en la tarde y cuadramos.", findings: [{ match: "Para lo que viene mejor sigamos por el verde", severity: 'violation' }] },
);
// Round thirty: a turn that says the method is not needed keeps the payment on Upwork; a turn that offers it does not.
invalid.push(
  { text: "El pago va por Upwork, pero si quieres te acepto Yape.", findings: [{ match: "acepto Yape", severity: 'violation' }] },
);
// Round thirty-one: who pays whom. Someone else's payment, words written for the work, and someone's words quoted to be reported or answered.
valid.push(
  "quick one: ep 15 has a sponsor read for a lobster shack, they pay by Venmo for the ad. not your problem, just don't cut the read",
  'Hi! Quick update on the clinic ads: the clinic now accepts Pix, credit card in 12 installments, and a financing partner.',
  'the publisher pays the printer by bank transfer, thats between you and them, i just need the bleed size',
  'we carry a square reader in both vans. can the site say we take card, cash or bank transfer when the job is done?',
  'Sul sito scrivi che accettiamo carte, Satispay e contanti, e che non si accettano assegni.',
  "In interview 7 the participant says 'I send money home through M-Pesa every Friday'. Should I keep brand names?",
  'One of the NPCs literally says "I only accept payment in cash, no letters of credit". Is there a natural way to say it in Japanese?',
  "You said 'I can pay you faster through Cash App'. Thanks but I'll wait for the milestone release here.",
  'Le document parle de « paiement par virement Interac ». Pour la version anglaise, on garde le nom officiel.',
);
invalid.push(
  { text: 'they prefer Zelle, can you take it?', context: { role: 'client' }, findings: [{ match: 'Zelle', severity: 'violation' }] },
  { text: 'my cousin will pay you via Zelle, it saves the fee', context: { role: 'client' }, findings: [{ match: 'pay you via Zelle', severity: 'violation' }, { match: 'saves the fee', severity: 'violation' }] },
  { text: "I'll pay you through 'Cash App', it's faster", context: { role: 'client' }, findings: [{ match: "pay you through 'Cash App", severity: 'violation' }] },
  { text: "I said 'pay me via Zelle' and he agreed, so you can do the same", findings: [{ match: 'Zelle', severity: 'violation' }] },
  { text: 'Payment via Zelle only.', findings: [{ match: 'Zelle', severity: 'violation' }] },
);
// Round thirty-two: ways of paying listed as options, and the writer's answer in a word ("Thanks, but no.", "We don't.", "No.").
valid.push(
  'Can you build us a simple invoicing template in Google Sheets? Customer name, job address, materials, labor, tax at 7%, total, and a "paid by" column: cash, check, card, Zelle, financing.',
  'To all applicants: our company does not pay outside Upwork under any circumstances. Proposals that mention PayPal, bank transfer or crypto will not be considered.',
  "I've written product copy for fintech apps that support bank transfer, USSD and card payments.",
  "You offered to pay the extras 'on the side with PayPal'. Thanks, but no. If you want them, I'll send an offer here.",
  'One prospect answered the campaign asking if we accept payment in crypto for the agency retainer. We don\'t. Can you add a polite reply to the template library?',
  "You are asking me to deposit a cheque and send part of it back to your 'equipment supplier'. No. I've seen this exact scam before.",
);
invalid.push(
  { text: 'I accept PayPal, Wise, Payoneer or crypto, whatever works', findings: [{ match: 'PayPal', severity: 'violation' }] },
  { text: 'PayPal, Zelle or Venmo, whichever is easier for you', context: { role: 'client' }, findings: [{ match: 'PayPal', severity: 'violation' }] },
  { text: "you asked to pay via zelle. we don't mind, go ahead", context: { role: 'client' }, findings: [{ match: 'pay via zelle', severity: 'violation' }] },
);
runRuleTests('payment-outside', withFixedGaps({ valid, invalid }, fixedGaps));
