from common import c
c('evader','allowed','contact-sharing','message', "haha no tricks needed now, contract is open: discord is mira_px, telegram @mira_px. either works for quick questions", contract='active')
c('smallbiz','allowed','contact-request','message', "We just started the contract — can I get your cell so I can text you photos of the cakes straight from the kitchen?", role='client', contract='active')
c('paydev','allowed','contact-sharing','message', "Figma access: please invite valentina.rossi.ux@example.it as editor. That email is only for the Figma file, I'll keep replying here.", lang='en')
c('review','allowed','contact-sharing','proposal', "Dribbble shots of the 4 SaaS dashboards I mentioned: dribbble.com/example-kwame-ui (portfolio only). Full case studies are attached as PDF.")
c('disgruntled','allowed','off-platform','message', "Our firm is a Business Plus account on Upwork. I'd like to discuss the delays on a phone call with you and my CTO today before we decide whether to hire you for phase 2. Call 020 7946 0744 at 4pm.", role='client', client='enterprise')
c('agency','allowed','contact-sharing','message', "Zgodnie z prośbą Państwa działu prawnego w załączniku NDA z danymi naszej spółki: adres siedziby i e-mail do korespondencji prawnej.", lang='pl')
c('newcomer','allowed','contact-request','message', "Kontrak udah jalan ya kak, boleh minta email untuk undangan ke Trello board? Makasih!", lang='id', contract='active')
