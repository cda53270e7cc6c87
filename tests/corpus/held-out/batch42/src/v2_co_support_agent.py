# Voice 2: Valentina, bilingual (es/en) customer-support agent from Medellín, Colombia. Zendesk, Gorgias, chat and phone support.
from common import C
SOURCE = 'b42-co-support-agent'
CASES = [
# --- violations ---
C("""Hi there! I'm Valentina, a bilingual (Spanish/English) customer support agent based in Medellín, Colombia, with 5 years handling tickets, live chat and phone for e-commerce and SaaS brands.

What I bring to your store:
• Zendesk, Gorgias and Freshdesk — macros, tags, SLAs, views
• Order tracking, returns, exchanges and refunds in Shopify (I process refunds only after your approval)
• Chargeback evidence packs for Stripe and PayPal disputes
• A CSAT average of 96% on my last account, with 1,200+ tickets a month
• Night and weekend coverage for US time zones

I type fast, I never copy-paste robotic answers, and I write Spanish that sounds like a person from LATAM, not like Google Translate.

To make it easy, I can hop on a quick call today — just ring me on WhatsApp at +57 300 000 0123 and we'll sort out the schedule in five minutes.

I'm available to start with a paid trial week through Upwork so you can see my tickets before committing. ¡Gracias!""", 'v', 'cs', 'p'),
C("¿Me pasas tu WhatsApp? Así te mando las capturas de los tickets más rápido, por aquí se demora mucho.", 'v', 'cr', lang='es'),
C("Hola! Mejor seguimos la charla por fuera, en la app verde, allá respondo al instante. Aquí casi no entro.", 'v', 'op', lang='es'),
C("If you prefer, we can skip the Upwork contract for the trial week and you pay me by Zelle or Nequi, whichever is easier for you.", 'v', 'pay'),
C("Para el pago de este mes, ¿me lo puedes mandar por Bancolombia directo? Upwork me cobra comisión y el cambio a pesos es malísimo.", 'v', 'pay', lang='es', contract='active'),
C("Quick heads-up: I'll send the final macro library and the onboarding doc once the 5-star review is in. Just my process, nothing personal!", 'v', 'fb', contract='active'),
C("Te propongo algo: si me dejas 5 estrellas y un comentario bonito, la semana extra de cobertura te la hago gratis.", 'v', 'fb', lang='es', contract='active'),
C("My friend Laura can cover my shifts while I'm on vacation. I'll give her my Upwork login so the hours keep logging under my name and you don't notice any change.", 'v', 'acc', contract='active'),
C("Send me your Upwork username and password and I'll accept the offer from your side, I've done it before for other clients when the page was buggy.", 'v', 'acc'),
C("Honestly your store's customers are the rudest I've ever dealt with, and now I see where they get it from. You're exactly like them.", 'v', 'har', contract='active'),
C("Oye, qué pereza contigo. Eres el cliente más tacaño y más ignorante que he tenido, en serio.", 'v', 'har', lang='es', contract='active'),
C("What's the best email to reach you directly? I'd like to send you my full CV and references before we continue.", 'v', 'cr'),
C("Mi correo es valen.soporte(arroba)gmail(punto)com por si quieres mandarme los detalles del puesto allá.", 'v', 'cs', 'p', lang='es'),
C("For the interview, could you call me at my personal line? It's three-oh-five, five-five-five, zero one four two. Evenings work best.", 'v', 'cs'),
C("Let's move this chat to somewhere we can actually talk. Upwork keeps flagging my messages and it's annoying.", 'v', 'op'),
C("Lo que te ahorras en la comisión de Upwork me lo pagas a mí por Payoneer directo, y así ganamos los dos.", 'v', 'pay', lang='es'),
C("If you don't give me at least four stars after all the extra shifts I covered, I'm going to leave you a review as a client that warns everyone else about you.", 'v', 'fb', contract='active'),
C("Mándame tu número y te escribo. 😊", 'v', 'cr', lang='es'),
# --- clean ---
C("I handled 312 refund tickets this week. All refunds went back to the customers' original payment method in Shopify, and I tagged the PayPal disputes for you to review.", 'c', 'pay', contract='active'),
C("Heads-up: a customer sent her home address and phone number in the chat to change the shipping. I updated the order and masked her details in the ticket notes.", 'c', 'cs', contract='active'),
C("Can you add me as an agent in Gorgias? I'll use the invite you send through the store admin, no need to share your own login.", 'c', 'acc', contract='active'),
C("Los clientes están pidiendo soporte por WhatsApp Business. ¿Quieres que te arme un flujo de respuestas automáticas para ese canal? Se configura desde tu cuenta de Meta.", 'c', 'op', lang='es', contract='active'),
C("Our CSAT reviews dropped this week because of the shipping delays, not the agents. I wrote a macro apologizing and offering the 10% coupon you approved.", 'c', 'fb', contract='active'),
C("A customer called me an idiot and threatened to sue. I stayed calm, escalated the ticket to you and blocked further abuse per the policy doc.", 'c', 'har', contract='active'),
C("Para la prueba pagada: me parece bien 10 horas a la semana por Upwork, con el registro de horas del escritorio.", 'c', 'pay', lang='es'),
C("Cover letter question answer: Yes, I have used the Aircall phone system and Zendesk Talk. I'm comfortable with inbound calls, voicemail callbacks and call tagging.", 'c', 'cs', 'p'),
C("The 'forgot password' emails aren't reaching Hotmail customers. It looks like an SPF issue with your email provider. Can your developer check the DNS record?", 'c', 'acc', contract='active'),
C("Thank you so much for these three months! If you feel like it, an honest review on the contract would mean a lot to me. No pressure at all.", 'c', 'fb', contract='active'),
C("Gracias por la oferta. Antes de aceptar quería confirmar: ¿el pago es por hora con el tracker de Upwork o por hito?", 'c', 'pay', lang='es'),
C("I wrote a saved reply for customers who ask for our email or phone: it points them to the contact form on your site and the live chat hours.", 'c', 'cr', contract='active'),
C("Escalation list updated: billing goes to Mariana, logistics to Pedro, and anything about account bans goes to you.", 'c', 'acc', contract='active'),
C("Is the Spanish queue on chat only, or also phone and email? I want to quote the right hourly rate in my proposal.", 'c', 'cs', 'p'),
C("I can't accept being paid outside Upwork, sorry. Let's keep the bonus on the contract, it's totally fine for me.", 'c', 'pay', contract='active'),
C("You're right, I messed up the tone in that ticket. I rewrote it and sent the customer an apology.", 'c', 'har', contract='active'),
# --- allowed ---
C("Now that the contract is open: my WhatsApp is +57 300 000 0123 in case Zendesk goes down during a shift and you need to reach me urgently.", 'a', 'cs', contract='active'),
C("Per your HR team's request I've filled the vendor form with my email valen.soporte@gmail.com and phone. Happy to do the screening call on Google Meet tomorrow.", 'a', 'cs', client='enterprise'),
C("Para que me des acceso a Zendesk, usa valen.soporte@gmail.com. Solo lo uso para esa invitación, lo demás lo hablamos aquí.", 'a', 'cs', lang='es'),
C("Perfecto, ya con el contrato activo podemos hacer la llamada de inducción por Zoom. ¿Te sirve el jueves a las 10 hora Bogotá?", 'a', 'op', lang='es', contract='active'),
C("Sure, your talent team can email me the interview link directly — I'm valen.soporte@gmail.com. Thanks for letting me know your company allows it.", 'a', 'cs', client='enterprise'),
]
CASES += [
C("¿Cuál es el número del pedido? Sin eso no lo encuentro en Shopify. El correo de la clienta tampoco coincide con ninguna orden.", 'c', 'cr', lang='es', contract='active'),
C("Claro, su equipo de talento humano puede llamarme al +57 300 000 0123 para la entrevista. Gracias por aclarar que su empresa tiene cuenta Enterprise y que está permitido.", 'a', 'cs', lang='es', client='enterprise'),
C("""Hola, soy Valentina, agente de soporte bilingüe en Medellín. He atendido por correo, chat y teléfono a clientes de tiendas de moda y de una app de pagos, así que conozco bien los casos de cobros duplicados, reembolsos, cambios de dirección de envío y cuentas bloqueadas por contraseña. Trabajo solo con contrato de Upwork y reporto mis horas con el tracker. Puedo empezar con una semana de prueba.""", 'c', 'cs', 'p', lang='es'),
]
