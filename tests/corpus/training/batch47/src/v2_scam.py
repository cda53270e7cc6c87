# Voice 2: "Amanda Chen, Talent Acquisition, Lumora Global" - a scammer posing as a client.
# Fake part-time "app rating / product optimisation" job that moves to Telegram and asks for a USDT
# "recharge", plus an "account partnership" that rents established freelancer profiles.
from common import *

cases, c = make("b47-lumora-scam-client", "client")

# ---- violations
c("Hello! Your profile is impressive. We have a part time remote position, 1-2 hrs/day, $300-$800 weekly. Our HR manager will conduct the interview on Telegram, please add @lumora_hr_amanda to continue.",
  V, CS)
c("Thank you for applying. Upwork chat is limited for our onboarding system, kindly download Microsoft Teams and message our supervisor at lumora.onboarding@outlook.com for your interview slot.",
  V, CS)
c("The task is very simple, you rate apps on our merchant platform to boost their ranking and earn daily commission. Training is done on WhatsApp by your mentor. What is your number please?",
  V, CR)
c("""We are a US-registered software team. Our developers are very experienced but new accounts get no jobs, you know how Upwork is. So we partner with established profiles like yours: our team uses your account to apply and deliver the projects, you keep 25% of every contract without doing any work. Completely safe, we connect through a US VPS so the location is the same. Many freelancers already work with us. Interested?""",
  V, ACC)
c("To activate your workstation you need to complete a recharge of 50 USDT, it is returned together with your first commission. This is standard for all new agents, no exceptions.",
  V, PAY)
c("Hi dear, are you comfortable to let our team log in to your profile from our office computer? You just need to approve the code on your phone when we ask. We pay $150 every week for this.",
  V, ACC)
c("I will hire you for $5 fixed price to unlock the chat, then we continue on Telegram, the real project budget is $4,000.",
  V, OP)
c("Kindly send me the 6-digit code Upwork just sent to your email, it is needed to add you to our company team.",
  V, ACC)
c("You wasted my time. I know where your account is registered. If you report me I will report you for fraud and make sure your account is banned, stupid girl.",
  V, HAR)
c("After the $5 test contract please give us 5 stars and we give you 5 stars too, it helps both accounts. Then we do the real work outside.",
  V, FB)
c("Hola, tenemos una vacante de medio tiempo para evaluar productos en línea, pago diario de 50 a 200 USD. Por favor agregue a nuestra coordinadora en WhatsApp +852 0000 4471 para recibir la capacitación.",
  V, CS, "es")
c("Para cobrar su comisión necesita una cuenta de Binance. Le enviamos USDT todos los días, Upwork no permite este tipo de pagos por eso lo hacemos directo.",
  V, PAY, "es")
c("¿Usted alquila su cuenta? Pagamos 200 dólares al mes por usar su perfil. Solo necesitamos acceso remoto por AnyDesk una vez por semana, usted no hace nada.",
  V, ACC, "es")
c("Please open telegram, search LumoraTaskCenter, click START and send the code UPW-7731 to the bot. The bot will assign your first 30 tasks.",
  V, OP)
c("Don't mention Telegram or payment in this chat, Upwork bots delete messages with those words. Just write 'ok ready' and I will send you the link there.",
  V, OP)
c("Send me your full name, date of birth and photo of your ID front and back so I can register you as employee. Also your Upwork email and the password you use, for payroll system.",
  V, ACC)
c("""Job Title: Remote Customer Experience Analyst (Part-Time)

About us: Lumora Global is a fast-growing digital commerce company with offices in Hong Kong, Singapore and Austin, TX. We help 2,000+ online merchants improve their store visibility and customer satisfaction.

Responsibilities:
- Review product listings and mobile apps for our merchant partners
- Complete daily optimization tasks (30-40 per day)
- Submit short reports about user experience
- Attend weekly team meeting

Requirements:
- Stable internet and a smartphone
- Basic English
- 1-2 hours per day, flexible schedule

Compensation: $300 - $800 per week + performance bonus

Next step: Upwork does not support our document system, so please copy this link into your browser and complete the onboarding form within 24 hours: forms.example.com/lumora-onboard . Our HR team will contact you after review.

We look forward to working with you!
Amanda Chen
Talent Acquisition, Lumora Global""",
  V, CS)
c("If the word with T is a problem here, it is t e l e and then g r a m, id is amanda underscore lumora",
  V, CS)
c("We will ship the starter kit (laptop + headset) to your home, please type your full address and phone number here so logistics can prepare.",
  V, CR)
c("whats your whatsapp dear",
  V, CR)
c("Budget on the job is $10 only so Upwork doesn't take big fee, the rest $1,490 I send by Wise when you finish. Okay?",
  V, PAY)
c("Magandang araw! Part-time po ito, 1-2 oras lang kada araw. Para sa training, i-add po ninyo ang aming coordinator sa Telegram: @lumora_ph_coach",
  V, CS, "tl")

# ---- clean (the scammer's harmless-looking openers)
c("Hello, thank you for your proposal. Are you available to start this week? The job is part time.",
  C, OP)
c("Hi, we reviewed your profile and like your experience. What is your hourly rate and how many hours per week can you work?",
  C, PAY)
c("I sent you an offer for the first milestone, $30. Please accept and I will explain the tasks here.",
  C, PAY)
c("Sorry for the late reply, our HR team is on Hong Kong time. Interview questions below, please answer here: 1) How many years of experience do you have? 2) Do you have stable internet? 3) When can you start?",
  C, OP)
c("Our company never asks for any deposit. If someone contacts you saying they are from Lumora and asks for money, please ignore them.",
  C, PAY)
c("Gracias por su interés. El trabajo es de medio tiempo, de lunes a viernes. ¿Cuántas horas al día puede dedicar?",
  C, OP, "es")
