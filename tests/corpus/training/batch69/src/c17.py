u='https://support.restocks.net/hc/en-150/articles/4409669363345-Why-do-I-have-to-state-my-IBAN-when-I-add-an-item-'; s='restocks-iban'
a(u,s,"We only use your IBAN, your international bank account number, to transfer money when you have sold a product. Your IBAN is only visible to us.",'clean','payment')
u='https://cataff.com/faq/how-to-withdraw-funds-via-bank-transfer/'; s='cataff-bank-transfer'
a(u,s,"To receive a bank transfer, you must provide the financial manager with a correctly formed invoice: beneficiary name, beneficiary address, bank account (IBAN), bank name and SWIFT. We pay the invoice, and all commissions we can technically pay are on us.",'violation','payment',ctx={'role':'client'})
u='https://whento.fish/how-do-the-payments-proceed/'; s='whentofish-payments'
a(u,s,"The payments are processed by the system iOS/Android itself, that's why it is not possible to realize the transaction directly to our bank account.",'clean','payment')
u='https://help.getwofh.com/en/articles/4522405-how-do-we-process-payments'; s='getwofh-payments'
a(u,s,"We use Stripe to process all payments. Any money you receive from your clients will go directly from your client to your bank account, based on a schedule set in your Stripe dashboard.",'clean','payment')
u='https://kwork.ru/engineering/1169240/sdelayu-smetu-v-razlichnykh-bazakh-podredaktiruyu-smetu-v-storonu-ili'; s='kwork-ru-smeta-review'
a(u,s,"Без лишних вопросов все было посчитано, минимум доработок и корректировок. Спасибо! — Спасибо за отзыв, обращайтесь еще для сотрудничества!",'clean','feedback',lang='ru',ctx={'contract':'active'})
u='https://kwork.ru/web-plus-mobile-design/163819/sozdanie-prodayushchego-dizayna-sayta-v-psd'; s='kwork-ru-design-review'
a(u,s,"Всегда на связи. Все пожелания и замечания по проекту оперативно исполняет. Безоговорочно РЕКОМЕНДУЮ!",'clean','feedback',lang='ru',ctx={'role':'client','contract':'active'})
u='https://baza.tel/?p=80'; s='bazatel-workcrow'
a(u,s,"Комиссия 10%, но не менее 100 руб., взимается c Исполнителя только в случае успешного завершения передачи результатов работы через сервис безопасной сделки.",'clean','payment',lang='ru')
u='https://ice-americano.oopy.io/585a8577-382a-43a3-a8da-8354473faf06'; s='ice-americano-jeongsan'
a(u,s,"현금 정산은 등록하신 계좌로 정산 수수료를 제외한 금액을 송금하는 방법입니다. 정산 수수료가 발생합니다.",'clean','payment',lang='ko')
u='https://www.smartnewsforyou.com//posts/3990'; s='smartnews-platform-fee'
a(u,s,"판매가 이루어지거나 서비스가 완료될 때마다 발생하는 이 수수료는 생각보다 높은 비율로 책정되어 순수익을 크게 감소시킬 수 있습니다.",'clean','payment',lang='ko')
u='http://www.grafiscopio.com/tag/rebaja/'; s='grafiscopio-15-cosas'
a(u,s,"Amenazar con el uso de fuerza física, palabrotas o difamación pública es poco elegante y menos profesional. Se trata de trabajar con la misma compostura y cabeza fría de un abogado.",'clean','harassment',lang='es')
u='http://azperiodistas.com/resulta-workana-beneficiosa-para-los-freelancers/6225'; s='azperiodistas-workana'
a(u,s,"Imagine que cobra por un proyecto 200$, tan solo 40$ los toma la plataforma, más 5$ por el mínimo del plan de beneficios, sin contar la comisión por la transferencia a PayPal.",'clean','payment',lang='es')
