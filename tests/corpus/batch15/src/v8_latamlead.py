from common import make
V, C, A = make("voice-latamlead")
CL = "client"; ACT = "active"; ENT = "enterprise"; P = "proposal"

# ---------- violations ----------
V("Oi! Pra agilizar me chama no zap: (11) 90000-1234. Aqui no Upwork as mensagens demoram demais pra chegar no celular.", "contact-sharing", lang="pt")
V("Se você topar, a gente faz o pagamento por Pix direto, fica sem a taxa do Upwork, e eu ainda te mando nota fiscal certinho.", "payment", role=CL, lang="pt")
V("Te pago por Mercado Pago y cerramos el contrato acá con un monto simbólico, así nadie paga comisión. ¿Te parece?", "payment", role=CL, lang="es")
V("Sigamos por Telegram que ahí está todo mi equipo, acá se pierde todo entre tantos mensajes.", "off-platform", lang="es")
V("Qual seu e-mail pessoal? Vou te mandar a proposta completa por lá, é muito material pra colar aqui.", "contact-request", lang="pt")
V("Mi correo es lucia.ferreyra.dev arroba gmail punto com, escribime ahí y te paso el repo y los accesos.", "contact-sharing", lang="es")
V("Consigo emitir boleto pra você pagar direto pra empresa, e a gente fecha o contrato aqui com o valor mínimo só pra constar.", "payment", lang="pt")
V("Bro, for the next sprint hagamos transferencia bancaria directo, Upwork se queda con demasiado y el equipo lo nota.", "payment", lang="es", contract=ACT)
V("Libero o código-fonte assim que você deixar as 5 estrelas, combinado? Sem avaliação não tem entrega final.", "feedback", lang="pt", contract=ACT)
V("Si no me hacés los cambios gratis, te dejo una reseña de una estrella. Vos elegís.", "feedback", role=CL, lang="es", contract=ACT)
V("Mi socio va a usar mi cuenta de Upwork para mandar propuestas mientras estoy de vacaciones, así no perdemos clientes. Ya le pasé la clave.", "account-sharing", lang="es")
V("Me passa o login da sua conta do Upwork que eu mesmo crio o contrato e aprovo as horas do time, é bem mais rápido que ficar te explicando.", "account-sharing", lang="pt")
V("Sos un inútil, tres días para un botón. Andá a buscar otro laburo porque programar no es lo tuyo.", "harassment", role=CL, lang="es", contract=ACT)
V("Esse código tá um lixo, parece coisa de estagiário burro. Nem sei por que te contratei.", "harassment", role=CL, lang="pt", contract=ACT)
V("No vuelvo a contratar venezolanos, ustedes siempre desaparecen a mitad del proyecto.", "harassment", role=CL, lang="es")
V("Dá uma olhada no meu Insta @studio.capivara.dev, lá tem meu contato direto e todos os cases do estúdio.", "contact-sharing", surf=P, lang="pt")
V("""Hola! Somos Capivara Studio, 6 devs entre Montevideo, Porto Alegre y Lisboa.

Leímos el brief: necesitan migrar la app de React Native 0.64 a 0.74, arreglar el crash de Android 14 y sumar login con Google. Lo hicimos varias veces, la última para una fintech de Córdoba con 300k usuarios.

Plan:
1. Auditoría de dependencias (2 días)
2. Upgrade incremental con CI verde en cada paso
3. Login con Google + tests E2E en Detox

Presupuesto estimado: USD 6.500, en 3 hitos.

Y si preferís, coordinamos los detalles por LinkedIn, estoy como Martín Salgado, Tech Lead en Capivara. Respondo más rápido ahí.

Saludos,
Martín""", "contact-sharing", surf=P, lang="es")
V("Melhor a gente alinhar isso numa call fora daqui, te passo o link mais tarde.", "off-platform", lang="pt")
V("Estoy en Miami esta semana, si querés llamame al cel: 305 555 0148, así lo cerramos hoy mismo.", "contact-sharing", lang="es")
V("Como o contrato já tá ativo, o bônus eu te mando por Pix por fora, beleza? Não precisa passar pelo Upwork.", "payment", role=CL, lang="pt", contract=ACT)

# ---------- clean (hard) ----------
C("Precisamos integrar o Pix no checkout via API do Mercado Pago, com QR code dinâmico, expiração de 30 minutos e webhook de confirmação de pagamento.", "payment", role=CL, lang="pt")
C("O sistema tem que gerar boleto e emitir a nota fiscal automaticamente depois de cada compra (NF-e via Focus NFe). Já temos o certificado A1.", "payment", role=CL, lang="pt")
C("Todo el pago va por Upwork, por hitos. No aceptamos transferencias ni Mercado Pago por fuera, así trabajamos siempre, sin excepciones.", "payment", lang="es")
C("Ojo equipo: un 'cliente' le pidió a Caro que pase a WhatsApp y que cobre por Binance. Lo reportamos. Nadie sale de Upwork, ¿ok?", "off-platform", lang="es")
C("Pode deixar, continuo tudo por aqui mesmo no Upwork, não precisa de zap não. Te mando o relatório amanhã às 10h.", "off-platform", lang="pt")
C("El campo de teléfono tiene que aceptar el formato argentino (+54 9 11 0000-0000) y validar con libphonenumber antes de guardar.", "contact-sharing", role=CL, lang="es")
C("Sobre a nota fiscal: o Upwork não emite NF por você, mas dá pra baixar os invoices em Reports e usar na contabilidade. Tudo certo, tudo por aqui.", "payment", lang="pt")
C("Release 4.12.0 goes out Thursday 18:00 BRT. Changelog: Pix refund endpoint, Mercado Pago cuotas up to 12x, boleto due-date fix for holidays.", "payment", lang="en", contract=ACT)
C("Les pido feedback honesto cuando cierren el contrato, bueno o malo. Nos sirve para mejorar como equipo.", "feedback", lang="es", contract=ACT)
C("Discordo da sua avaliação do sprint, mas respeito. Vou mandar os números de throughput pra gente conversar com base em dados, não em impressão.", "harassment", lang="pt", contract=ACT)
C("La dirección de la sucursal va en el footer de la landing: Calle Falsa 123, Springfield. Es la del negocio, ya figura en Google Maps.", "contact-sharing", role=CL, lang="es", contract=ACT)
C("Não, não vou te passar minha senha do Upwork, nem pro tal 'suporte'. Suporte de verdade não pede isso nunca.", "account-sharing", lang="pt")
C("Las reseñas de producto de Mercado Libre hay que mostrarlas en la ficha con estrellitas, no confundir con las reviews de Upwork jaja.", "feedback", lang="es", contract=ACT)
C("Our team uses Jira internally for tickets, but all client communication stays in this Upwork room. You won't need an account for anything.", "off-platform", surf=P)
C("O bot de WhatsApp que a gente vai entregar responde o status do pedido e manda a segunda via do boleto quando o cliente digitar 'boleto'.", "off-platform", lang="pt")
C("Te aviso que el pago del hito 2 lo liberamos cuando pasen los tests de integración, no antes. Nada personal, es el proceso.", "payment", role=CL, lang="es", contract=ACT)
C("Somos 5 devs entre Montevideo y Lisboa. Integraciones de pago que ya hicimos: Stripe, PayPal, Mercado Pago, Pix, transferencias SEPA y MB WAY.", "payment", surf=P, lang="es")

# ---------- allowed ----------
A("Contrato iniciado! Agora sim, meu WhatsApp pra urgências de deploy: +55 11 90000-1234.", "contact-sharing", lang="pt", contract=ACT)
A("Pasame el mail de tu cuenta de GitHub así te agrego al repo de la app, solo para eso. El resto lo hablamos acá.", "contact-request", lang="es")
A("Como son cliente Enterprise, podemos hacer la entrevista técnica por Google Meet. Mi correo: martin.salgado@example.com.", "contact-sharing", lang="es", client=ENT)
A("Segue o NDA assinado, com meu endereço e e-mail completos na cláusula 12, como o jurídico de vocês pediu.", "contact-sharing", lang="pt")
A("Portfolio del equipo: behance.net/capivara-studio, solo casos de producto, sin datos de contacto.", "contact-sharing", surf=P, lang="es")

# ---------- extra proposals ----------
V("""Olá! Somos a Capivara Studio, fazemos apps Flutter há 6 anos (delivery, fintech, saúde).

Pro seu app de agendamento: login com Google, pagamento com Pix e cartão, notificações push. Estimativa: 9 semanas, 3 marcos.

Se fechar com a gente, a partir do segundo mês dá pra faturar direto pela nossa empresa com nota fiscal, sai mais barato pra você e pra gente.

Abraço,
Martín""", "payment", surf=P, lang="pt")
C("Já integramos Pix, boleto e cartão via Pagar.me e Mercado Pago em mais de 20 lojas, incluindo split de pagamento para marketplace. Toda a comunicação e o pagamento do projeto ficam aqui no Upwork.", "payment", surf=P, lang="pt")
A("Nuestro código abierto: github.com/capivara-studio (las librerías de Pix y Mercado Pago que usamos en producción).", "contact-sharing", surf=P, lang="es")
