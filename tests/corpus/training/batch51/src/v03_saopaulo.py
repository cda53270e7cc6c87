SRC = 'b51-saopaulo-agency-pm'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'m','pt','c',"""Oi Rafa, td bem? Curti muito teu portfólio de social ads. Me chama no zap pra gente alinhar rapidinho: (11) 90000-0137. Aqui no Upwork eu demoro pra ver."""),
('V',CR,'m','pt','c',"""Beleza, vc passou pra segunda fase! Me manda teu WhatsApp ou Insta que eu te adiciono no grupo do projeto com o pessoal da criação."""),
('V',OP,'m','pt','c',"""Seguinte: aqui na agência a gente não faz entrevista pelo Upwork, fica muito travado. Bora fazer uma call pelo Meet amanhã às 10h e depois a gente vê como formaliza. Te mando o link por fora."""),
('V',PA,'m','pt','c',"""Vc tem chave Pix? Prefiro pagar direto pra vc, sem essa taxa do Upwork. Pode ser CPF, e-mail, aleatória, tanto faz. Faço 50% agora e 50% na entrega."""),
('V',PA,'m','pt','ca',"""Rafa, esse primeiro job foi ótimo. Pros próximos criativos da campanha de Black Friday a gente fecha por fora, manda nota fiscal pela tua MEI que o financeiro paga por boleto. Fica mais simples pra todo mundo."""),
('V',PA,'m','en','ca',"""Hey Dani, quick one from the finance side: our agency's card keeps failing on Upwork. Could you send us your PayPal so we pay this month's retainer there? We'll go back to Upwork once the card issue is sorted."""),
('V',FB,'m','pt','ca',"""Olha, se vc não refizer as 15 artes sem cobrar, vou deixar uma avaliação bem ruim e contar pra todo mundo que vc não cumpre prazo. Pensa bem."""),
('V',FB,'m','pt','ca',"""Te dou 5 estrelas e um review caprichado se vc incluir os stories animados no mesmo valor. Fechado?"""),
('V',AS,'m','pt','c',"""A conta da agência no Upwork tá no nome do meu sócio, Paulo. Às vezes quem responde sou eu, às vezes é a estagiária, a gente usa o mesmo login. Então não estranha se o jeito de escrever mudar, rs."""),
('V',AS,'m','pt','ca',"""Pra agilizar, me passa teu login do Upwork que eu mesma registro as horas na tua conta quando vc esquecer de ligar o tracker. Já fiz isso com outros freelas."""),
('V',HA,'m','pt','ca',"""Cara, que merda é essa que vc entregou? Parece coisa de estagiário de primeiro dia. Sinceramente, incompetente assim não dá. Some da minha frente."""),
('V',HA,'m','pt','c',"""Vi tua foto no perfil, gata. Se a call for com câmera ligada eu nem ligo pro portfólio, kkk. Topa um happy hour depois?"""),
('V',CS,'m','pt','c',"""Oi pessoal que aplicou pro freela de copy!

Só pra contextualizar: somos uma agência de marketing na Vila Madalena com 22 pessoas, atendemos varejo, saúde e duas fintechs. O job é escrever roteiros curtos para Reels e TikTok (30 a 45 segundos), 12 por mês, com tom descontraído mas sem gíria forçada. Vcs vão trabalhar com a Bia (diretora de arte) e comigo.

O que eu preciso ver: 2 roteiros de exemplo, experiência com nicho financeiro e disponibilidade no horário comercial de Brasília. Quem tiver tudo isso pode mandar o material direto pra mim em camila.prado.agencia@gmail.com que eu analiso ainda essa semana, por aqui fica muita coisa perdida.

Valor: fixo mensal, a gente conversa. Obrigada!"""),
('V',OP,'m','pt','c',"""Vc usa aquele app verde? Me responde lá, que aqui eu não recebo notificação. Meu nome lá é igual o daqui."""),
('V',CR,'m','pt','c',"""Antes de fechar contrato preciso do teu CPF, endereço completo e um telefone pra cadastrar vc como fornecedor no nosso sistema. Pode mandar por aqui mesmo."""),
('V',PA,'m','pt','c',"""Fechamos em R$ 2.800 pelo pacote. A gente abre o contrato no Upwork com valor mínimo, tipo US$ 5, só pra constar, e o resto eu te pago por transferência. Todo mundo faz isso."""),
('V',FB,'m','pt','ca',"""Se vc quer manter teu Job Success alto, é bom aceitar o reembolso de metade. Senão a avaliação vai refletir isso."""),
('V',OP,'m','en','c',"""Hi Jonas, your motion reel is great. We run all freelancer interviews on our own Slack workspace, so please fill in the form at agencia-vila.example/freelas and you'll get an invite there."""),
('C',PA,'m','pt','ca',"""Rafa, o cliente é um e-commerce de cosméticos. Nos criativos, destaca que dá pra pagar com Pix, boleto ou cartão em até 10x sem juros. O CTA final é "Pague com Pix e ganhe 5% off"."""),
('C',CS,'m','pt','ca',"""Nas artes de lançamento, coloca o endereço da loja (Rua Oscar Freire, 1000) e o WhatsApp de atendimento da marca que tá no briefing. Isso é do cliente, não é nosso, tá? Confere se o número tá igual ao do site."""),
('C',AS,'m','pt','ca',"""Não precisa da senha do Instagram do cliente. Vou te adicionar como parceiro no Meta Business Suite com acesso só de criação de anúncios, aí vc aceita pelo teu próprio perfil."""),
('C',FB,'m','pt','ca',"""Projeto encerrado! Deixei minha avaliação sincera aí no Upwork. Se puder, avalia a gente também, queremos saber se os briefings estavam claros."""),
('C',OP,'m','pt','c',"""Pra esse job a conversa toda vai ser por aqui mesmo. Responde as perguntas abaixo no chat: 1) já trabalhou com Meta Ads pra varejo? 2) qual teu CPA médio? 3) quantas horas por semana vc tem?"""),
('C',HA,'m','pt','ca',"""Putz, que dia. O cliente surtou com a paleta, mas não é culpa sua, relaxa. Vamos ajustar com calma amanhã, vc tá mandando muito bem."""),
('C',PA,'m','pt','ca',"""Liberei o pagamento do milestone 3 agora. O financeiro pediu a fatura do Upwork com o CNPJ da agência, consegue ver se aparece certinho no teu lado também?"""),
('C',CR,'m','pt','ca',"""No formulário de lead da landing page, os campos são: nome, e-mail, telefone com DDD e CEP. Coloca máscara no telefone e validação de e-mail, o cliente reclamou de cadastro com número errado."""),
('C',AS,'m','en','ca',"""For the ad account, please don't create a new login. Accept the partner request I sent to your own Business Manager; you'll have advertiser access only, and I can remove it when the campaign ends."""),
('C',CS,'m','pt','c',"""A vaga é pra copy de e-mail marketing: régua de boas-vindas, carrinho abandonado, reativação. Manda aqui no chat dois exemplos de assunto de e-mail que vc escreveu e a taxa de abertura, se souber."""),
('C',FB,'m','pt','ca',"""Os reviews dos clientes no Reclame Aqui tão péssimos, então a ideia da campanha é responder as críticas com transparência. Pode escrever 5 posts nesse tom?"""),
('A',CS,'m','pt','ca',"""Agora que o contrato começou, te passo meu zap pra urgências de fim de semana: (11) 90000-0152. Mas entregas e pagamentos seguem pelo Upwork, combinado?"""),
('A',CR,'m','pt','c',"""Me passa o e-mail que vc usa no Figma? Vou te dar acesso de leitura ao arquivo da marca pra vc ver o escopo antes de mandar o orçamento. É só pra isso."""),
('A',OP,'m','pt','ce',"""Como nossa agência usa o Upwork Enterprise, pode entrar na nossa reunião de kickoff pelo Teams. O convite vai pro teu e-mail hoje à tarde."""),
]
