u='https://diamondhexluxury.site/refund-policy'; s='diamondhex-refund'
a(u,s,"If you want to refund for an instant purchased delivery, it will be accepted in two weeks (contact us through our Gmail: diamondhex.demo@gmail.com & give the information of yourself, purchase, date...etc..)",'violation','contact-sharing')
