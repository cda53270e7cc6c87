u='https://panasenkodevelop.ru/paying'; s='panasenko-paying'
a(u,s,"У каждого клиента есть свой личный кабинет в нашем официальном Telegram боте. В нём можно оплатить все услуги через специальную защищенную систему оплаты, с получением чеков.",'violation','payment',lang='ru')
u='https://mybukva.pro/questions'; s='mybukva-questions'
a(u,s,"После утверждения технического задания мы выставляем счет на 50% от стоимости всего заказа. Когда изделие готово, мы фотографируем его и выставляем счёт на оставшиеся 50%.",'violation','payment','proposal',lang='ru')
u='https://sir.kr/cm_free/272401'; s='sirkr-cm-free-272401'
a(u,s,"메신져채팅을 통해 15분정도 작업사항을 전달받았습니다. 그리고 의뢰자분께서 제 전화번호와 아이디를 물으시면서 제 뒷조사(?)를 하셨습니다.",'clean','contact-request',lang='ko')
u='https://brunch.co.kr/@loveinsight/77'; s='brunch-loveinsight-77'
a(u,s,"진상 유형 #1: 가격 이상의 서비스를 강요하는 분. 프리랜서 마켓은 사전에 서로 합의된 가격을 측정하고, 서비스 범위를 정해 진행합니다.",'clean','payment',lang='ko')
u='https://freeletter.stibee.com/p/24'; s='freeletter-stibee-24'
a(u,s,"좋지 않은 의뢰인이 될 수 있는 신호를 몇 가지 들어보면, 내 이름을 안쓰거나 틀린다. 프로젝트 설명이 장황하나 요점이 없다.",'clean','harassment',lang='ko')
u='https://hedgehog.ryukyu/chatwork-yabai'; s='hedgehog-chatwork'
a(u,s,"「知らない人からコンタクト申請が来た」「社長や取引先担当を名乗るメッセージが届いた」――そんな瞬間に、チャットワークが“やばい”と感じる人は少なくありません。",'clean','contact-request',lang='ja')
u='https://qiita.com/bicstone/items/c8dc680004fc0710923e'; s='qiita-chatwork-search'
a(u,s,"Chatworkは初期設定では本名で誰からでもアカウント検索ができてしまうのをご存知でしたか。右上の「プロフィール」から「コンタクト検索の対象にする」のチェックを外して保存します。",'clean','contact-sharing',lang='ja')
