u='https://github.com/shopinvader/shopinvader-template-nuxtjs/issues/14'; s='gh-shopinvader-14'
a(u,s,"Hi, \n\nThis figma is private? Could be shared?",'clean','contact-request')
a(u,s,"Hi, I just shared with you (to the e-mail available in your github profile) the Figma files.\nIf you got any further question don't hesitate to contact me.",'allowed','contact-sharing',ctx={'role':'client'})
u='http://www.abrahamassociates.com/how_we_work/contact.html'; s='abraham-associates-contact'
a(u,s,"On contact, we assess whether we can supply the service you require. A Non-Disclosure or Confidentiality Agreement is agreed and signed (if appropriate) at this point as we respect and protect your intellectual property.",'allowed','contact-sharing','proposal')
u='https://productyse.com/post/before-the-service-starts-will-any-documents-be-signed-to-protect-the-customer-s-interests'; s='productyse-nda'
a(u,s,"Before the first payment, we usually sign two documents with the customer: a non-disclosure agreement, which outlines confidential materials, and a contract. The customer or we can provide the initial template.",'allowed','contact-sharing','proposal')
u='https://www.sitepoint.com/freelancer-cell-phone-etiquette-101/'; s='sitepoint-cell-etiquette'
a(u,s,"About 50% of the calls I make to clients' cell phones come at inopportune times for them. So when a client answers their cell, after you greet them, ask if it's a good time for them to talk.",'allowed','off-platform',ctx={'contract':'active'})
u='https://www.amwebtechnology.com/i-dont-take-phone-calls-as-a-policy/'; s='amweb-no-phone-calls'
a(u,s,"I don't take phone calls. Has zero to do with social interaction or awkwardness. It has everything to do with maintaining notes and keeping the client honest.",'clean','off-platform')
