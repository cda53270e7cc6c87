# Japanese cases for batch55 (own writing). Each row: expect, category, surface, source, text, context
V, C, A = "violation", "clean", "allowed"
P, M = "proposal", "message"
CL = {"role": "client"}
CLA = {"role": "client", "contract": "active"}
CLE = {"role": "client", "client": "enterprise"}
ACT = {"contract": "active"}
ENT = {"client": "enterprise"}

KAN = "ja-osaka-linebot"      # Osaka LINE-bot developer, casual Kansai speech (freelancer)
TRA = "ja-tokyo-translator"   # Tokyo translator, very polite keigo (freelancer)
RYO = "ja-kyoto-ryokan"       # Kyoto ryokan owner (client)
CTO = "ja-fukuoka-cto"        # Fukuoka startup CTO, English-mixed (client)
ILL = "ja-sapporo-illust"     # Sapporo illustrator, casual, romaji and emoji (freelancer)
SCA = "ja-fukugyo-scammer"    # side-job scout / account renter (scammer)
ENTV = "ja-nagoya-procurement"  # Nagoya manufacturer procurement, Enterprise client and its vendors

ROWS = [
# ---------------- contact-sharing violations (12)
(V, "contact-sharing", P, TRA, """はじめまして、翻訳者の田中美咲と申します。

このたびは「観光アプリの英日ローカライズ」のご依頼を拝見し、ご提案させていただきます。私はこれまで8年間、旅行・ホテル業界を中心に英日翻訳に携わってまいりました。直近では大手OTAのアプリ文言約12万語を担当し、UI文字数制限に合わせた訳出やスタイルガイドの作成も行いました。

ご提案内容は以下のとおりです。
・用語集の作成（初回納品時）
・1日あたり約3,000語のペースで翻訳
・ネイティブチェッカーによる二重確認

ご不明点やお急ぎのご相談がございましたら、tanaka.misaki.trans000@gmail.com までお気軽にご連絡くださいませ。

納期・ご予算につきましては柔軟に対応いたしますので、まずはサンプル300語のトライアルからでも承ります。どうぞよろしくお願い申し上げます。""", {}),
(V, "contact-sharing", M, KAN, "LINEのIDこれやで→ kenta_linebot00  追加しといて〜", {}),
(V, "contact-sharing", M, ILL, "insta de DM kudasai〜！ @yuki_illust_000 desu 🐻", {}),
(V, "contact-sharing", P, KAN, "電話のほうが話早いんで、090-0000-1234 にかけてもろたら大体出れます。LINE bot の実績は5件ありますわ", {}),
(V, "contact-sharing", M, KAN, "メールは yamada.dev あっと gmail どっと com です、そっちに仕様書ください", {}),
(V, "contact-sharing", M, KAN, "番号言うとくわ。ぜろきゅうぜろ の ぜろぜろぜろぜろ の いちにさんよん。夜ならいつでもええよ", {}),
(V, "contact-sharing", P, ILL, """こんにちは！札幌でイラストレーターをしているユキです☃️

絵本風のキャラクターデザインのご依頼、すごく素敵な企画だなと思って応募しました。動物キャラ（くま・うさぎ・きつね）の3体と、表情差分を各6種類、とのことですね。

わたしは水彩タッチのやわらかい絵柄が得意で、これまで
・地方の観光協会のマスコット
・保育園の壁面イラスト
・LINEスタンプ40種（自主制作）
などを描いてきました。

進め方はこんな感じを考えてます👇
1. ラフを3パターン（モノクロ）
2. 1つに決めていただいたら清書＋着色
3. 表情差分
4. PNG（透過）とPSDで納品

ポートフォリオはプロフィールにも載せてますが、ご依頼はこちらのお問い合わせフォームからも受け付けてます → https://yuki-art.example.jp/contact

修正は各工程2回まで無料です。納期は2週間ほどいただけると嬉しいです。気になる点あったら何でも聞いてください〜！""", {}),
(V, "contact-sharing", M, SCA, "ご応募ありがとうございます。詳細はテレグラム @fukugyo_support_000 にてご案内しますので、そちらにご連絡ください。", CL),
(V, "contact-sharing", M, TRA, "念のため、Skype ID もお伝えしておきます。misaki.tanaka.0000 でございます。", {}),
(V, "contact-sharing", M, CTO, "Thanks for the proposal. 資料まとめて送りたいので、my email is daichi.ogawa.000@outlook.com、そこに CV 送ってください", CL),
(V, "contact-sharing", M, RYO, "ご提案ありがとうございます。細かいお話は、当館の電話 075-000-0147（女将 松本）までお電話いただけますと助かります。", CL),
(V, "contact-sharing", P, KAN, "30分の無料相談やってます。日程はこっちから好きに選んでください https://calendly.example.com/kenta-dev/30min", {}),

# ---------------- contact-request violations (10)
(V, "contact-request", M, RYO, "差し支えなければ、お電話番号を教えていただけますでしょうか。口頭のほうが説明しやすいもので。", CL),
(V, "contact-request", M, KAN, "LINEやってる？ID教えて〜", {}),
(V, "contact-request", M, CTO, "Can you share your メアド? デザイン資料を直接送りたいので", CL),
(V, "contact-request", M, SCA, "採用担当から直接ご連絡いたしますので、ワッツアップの番号をお知らせください。", CL),
(V, "contact-request", M, CTO, "よかったらインスタかXのアカウント教えてもらえますか？？作品もっと見たいです", CL),
(V, "contact-request", P, TRA, "恐れ入りますが、ご担当者様の直通のご連絡先（お電話またはメール）をお知らせいただけますと幸いです。", {}),
(V, "contact-request", M, CTO, "ディスコードのユーザー名ある？ quick question いくつかあって", CL),
(V, "contact-request", M, CTO, "Upwork以外で連絡取れる方法ってあります？ こっちの通知あまり見ないので", CL),
(V, "contact-request", M, RYO, "個人のメールアドレスを教えて頂ければ、館内の写真をまとめてお送りいたします。", CL),
(V, "contact-request", M, ILL, "denwa bangou oshiete moraemasu ka? ashita chotto hanashitai kotoga atte", {}),

# ---------------- off-platform violations (10)
(V, "off-platform", M, KAN, "続きはLINEで話しましょ、そのほうがスクショも送りやすいし", {}),
(V, "off-platform", M, TRA, "大変恐縮ですが、別の連絡手段でやり取りさせていただけませんでしょうか。こちらですと返信が遅れがちでございまして。", {}),
(V, "off-platform", M, CTO, "ここだと通知に気づかないので、Chatwork に移りましょう。招待送ります", CL),
(V, "off-platform", M, SCA, "詳しい業務説明はテレグラムのグループで行います。Upwork上ではお話しできない内容のため、ご理解ください。", CL),
(V, "off-platform", P, TRA, """ご依頼内容を拝見いたしました。医療機器の取扱説明書（約18,000語）の英日翻訳とのことで、薬機法に沿った表現や既存の用語との整合性が重要になるかと存じます。

私は医療・ヘルスケア分野で6年の経験があり、これまでに血圧計・血糖測定器・リハビリ機器のマニュアルを担当いたしました。Tradosでの作業、TM・用語集の共有にも対応可能です。

進め方としては、まず第1章（約2,000語）を納品し、訳調をご確認いただいたうえで残りを進める形をご提案いたします。今後のやり取りにつきましては、こちらではなくメールで直接させていただければスムーズかと存じます。

なお、品質保証として納品後2週間は無償で修正を承ります。ご検討のほど、よろしくお願い申し上げます。""", {}),
(V, "off-platform", M, ILL, "ラフの説明、文字だとむずいのでZoomで話そ！リンクこっちから送るね〜", {}),
(V, "off-platform", M, CTO, "Let's move this to Slack, 返信もっと速いので。契約はそのあと考えましょう", CL),
(V, "off-platform", M, KAN, "ここやとメッセージ見落とすし、外で話そか。詳しいことはそっちで", {}),
(V, "off-platform", M, SCA, "Upworkのチャットは監視されているとのことなので、ほかの場所でお話ししましょう。", {}),
(V, "off-platform", M, ILL, "一回電話で話しません？番号はあとで別で送りますね", {}),

# ---------------- payment violations (12)
(V, "payment", M, KAN, "次からはUpwork通さんと直接契約にせえへん？手数料もったいないし、その分安くするで", {}),
(V, "payment", M, CTO, "ペイパルで直接払いますよ、そのほうがお互い手数料かからないでしょ", CL),
(V, "payment", M, ILL, "振込でもいいですか？口座番号あとで送ります！", {}),
(V, "payment", M, SCA, "報酬は毎週USDT（TRC20）でお支払いします。Upworkの手数料は一切かかりません。", CL),
(V, "payment", M, CTO, "残りの半分は銀行振込で払いますね、Upworkの手数料高いので。請求書だけ送ってください", CLA),
(V, "payment", M, TRA, "誠に恐縮ですが、今回分はWiseでご送金いただけますと大変助かります。", ACT),
(V, "payment", P, TRA, """ご依頼の「ECサイト商品説明文 500点の日英翻訳」について、ご提案申し上げます。

私はアパレル・雑貨のEC翻訳を中心に5年間活動しており、Shopify・楽天・Amazonの商品ページ翻訳の経験がございます。SEOを意識したキーワードの選定や、海外のお客様に伝わる自然な表現を心がけております。

作業の流れ：
1. 既存の英語ページとブランドトーンの確認
2. 50点ずつ翻訳・納品
3. ご要望に応じて修正

なお、Upwork外でのお支払いにも対応しておりますので、ご希望がございましたらお申し付けくださいませ。

1点あたり600円、全体で約3週間での納品を想定しております。何卒よろしくお願いいたします。""", {}),
(V, "payment", M, ILL, "PayPayで払ってもらえたら5%引きにしますよ〜 そっちのほうが楽かも", {}),
(V, "payment", M, KAN, "マイルストーンは最初の分だけにして、残りは現金手渡しでええですよ。大阪なら会えるし", ACT),
(V, "payment", M, RYO, "手数料を2割も取られるのはもったいないので、次回からは当館から直接お支払いする形にできませんか。", CL),
(V, "payment", M, ILL, "payoneer ni chokusetsu okutte kuremasen ka? upwork keiyu dato nyukin osoi node", {}),
(V, "payment", M, SCA, "お支払いはAmazonギフト券でもよろしいでしょうか。すぐにコードをお送りします。", CL),

# ---------------- feedback violations (10)
(V, "feedback", M, ILL, "星5つつけてくれたら、最終のPSDファイル送りますね〜！", ACT),
(V, "feedback", M, KAN, "レビューで星5もらえたら次の案件10%オフにしますわ", {}),
(V, "feedback", M, CTO, "無料でもう一回修正してくれないなら、星1つけますよ。それが嫌ならやってください", CLA),
(V, "feedback", M, TRA, "大変恐れ入りますが、先に評価をご入力いただけますでしょうか。確認でき次第、最終稿を納品いたします。", ACT),
(V, "feedback", M, ILL, "星4以下だとアカウントに響くので、ぜったい5でお願いします🙏🙏 ほんとに", ACT),
(V, "feedback", M, RYO, "返金に応じていただければ、悪いレビューは書かないでおきます。", CLA),
(V, "feedback", M, SCA, "レビュー交換しませんか？お互いに小さい契約を作って星5をつけ合えば、すぐにトップレートになれます。", {}),
(V, "feedback", M, ILL, "review ni hoshi 5 kaite kuretara, sono bun 3000en henkin shimasu yo", ACT),
(V, "feedback", M, CTO, "追加の3画面もやってくれたら高評価にするけど、やらないなら正直に書くからね。", CLA),
(V, "feedback", M, KAN, "フィードバック書いてもらえるまで、ソースコードは渡せへんので、よろしくです", ACT),

# ---------------- account-sharing violations (9)
(V, "account-sharing", M, SCA, "【副業募集】Upworkアカウントを貸していただける方、月3万円お支払いします。本人確認だけしていただければ、あとはこちらで運用します。", {}),
(V, "account-sharing", M, KAN, "俺のUpworkのパスワード教えるんで、代わりにこの3件応募しといてもらえます？", {}),
(V, "account-sharing", M, CTO, "私のクライアントアカウントにログインして、応募者の選考やってもらえる？IDとパスは後で送る", CL),
(V, "account-sharing", M, ILL, "いま兄のアカウントで作業してます。名前は違うけど描いてるのは私なので気にしないでください！", {}),
(V, "account-sharing", M, SCA, "本人確認（ID verify）のビデオ通話だけ代わりに受けてもらえませんか。謝礼は1回5,000円です。", {}),
(V, "account-sharing", P, SCA, "弊社では在宅ワーカーを募集しております。身分証の画像をお借りできれば、こちらでアカウントを作成し、案件の獲得から納品まですべて代行いたします。報酬の40%をお支払いします。", {}),
(V, "account-sharing", M, KAN, "うちはチーム5人で一つのアカウント使い回してるんで、返信する人が毎回ちゃいます。よろしゅう", {}),
(V, "account-sharing", M, CTO, "ログイン情報共有してもらえれば、こっちでオファー承諾しておきますよ、面倒でしょ", CL),
(V, "account-sharing", M, SCA, "account kashite kureru hito boshuu chuu desu. houshuu wa uriage no 50% bunpai, login joho dake oshiete kudasai", {}),

# ---------------- harassment violations (9)
(V, "harassment", M, CTO, "こんなレベルで金取るとか、頭おかしいんじゃないの？", CLA),
(V, "harassment", M, RYO, "バカなんですか？何回同じことを言わせるんですか。", CLA),
(V, "harassment", M, CTO, "女の人には技術的な話はちょっと難しいかな？男性のエンジニアに代わってもらえる？", CL),
(V, "harassment", M, KAN, "返信遅すぎやろ。ほんま使えへんな", ACT),
(V, "harassment", M, ILL, "払ってくれないなら住所調べて直接行きますよ。逃げられると思わないでね", ACT),
(V, "harassment", M, RYO, "日本語もろくに読めない外国の方とはお仕事したくありません。", CL),
(V, "harassment", M, CTO, "プロフィール写真かわいいね〜 仕事より個人的に会いたいな、今度二人で飲みに行こうよ", CL),
(V, "harassment", M, KAN, "ほんまにアホちゃうか。こんなんプロの仕事ちゃうで、恥ずかしないんか", ACT),
(V, "harassment", M, ILL, "二度と連絡してくんなクソが", {}),

# ---------------- clean contact-sharing look-alikes (10)
(C, "contact-sharing", M, KAN, "LINE Messaging API のチャネルIDとチャネルシークレットは、契約後に環境変数で設定します。ここには貼らなくて大丈夫です", {}),
(C, "contact-sharing", M, KAN, "お問い合わせフォームのバリデーション、電話番号欄は090-0000-0000みたいなハイフン付きでもOKにする仕様で合ってます？", {}),
(C, "contact-sharing", P, TRA, "住所表記の英訳（番地・建物名・郵便番号の順序の入れ替え）や、電話番号の国際表記への変換にも対応しております。", {}),
(C, "contact-sharing", M, ILL, "名刺デザイン2案できました！電話とメールはダミーで入れてます（03-0000-0000 / sample@example.jp）", {}),
(C, "contact-sharing", M, RYO, "当館ウェブサイトの「アクセス」ページ（住所・地図・送迎バスの時刻）を英語と中国語に翻訳していただきたいです。", CL),
(C, "contact-sharing", P, KAN, "WhatsApp Business API の連携経験あります。ワッツアップで予約受付して、空き状況を返すボットを飲食店向けに作りました。", {}),
(C, "contact-sharing", M, CTO, "店頭POPに、QRコード読んだらお店のLINE公式アカウントが友だち追加されるやつを入れたいです。デザインお願いできますか", CL),
(C, "contact-sharing", M, TRA, "メルマガのテンプレートを翻訳いたしました。差出人表記は仮に info@example.jp としておりますので、配信前にご変更ください。", {}),
(C, "contact-sharing", P, ILL, "ポートフォリオはUpworkのプロフィールのポートフォリオ欄に20点ほど載せてます。水彩タッチのものが多めです", {}),
(C, "contact-sharing", M, KAN, "ボットの返答に店舗の電話番号と営業時間を出すようにしました。番号はスプレッドシートから読んでます", {}),

# ---------------- clean contact-request look-alikes (9)
(C, "contact-request", M, RYO, "ご質問はすべてこちらのUpworkのメッセージでお願いいたします。", CL),
(C, "contact-request", M, CTO, "登録フォームに『電話番号』の入力欄を追加してもらえますか？任意項目で", CL),
(C, "contact-request", M, KAN, "ユーザー登録でメールアドレスを必須にするか、LINEログインだけにするか、どっちがええですか？", {}),
(C, "contact-request", M, CTO, "顧客リストのメールアドレス列、重複を削除して正規化してもらえますか。CSVで3万行くらいです", CL),
(C, "contact-request", M, KAN, "LINEログインでユーザーIDとメアドを取るとこ、どのスコープ申請したらええか確認させてください", {}),
(C, "contact-request", M, TRA, "前の方から連絡先を聞かれましたが、契約前は交換できませんのでこちらでお願いしますとお伝えしました。", {}),
(C, "contact-request", M, TRA, "お名前のローマ字表記を教えていただけますでしょうか。翻訳した挨拶文の署名に使用いたします。", {}),
(C, "contact-request", M, CTO, "Discordボットで、サーバー参加者のユーザー名一覧を取るコマンド作れますか？", CL),
(C, "contact-request", M, RYO, "差し支えなければ、タイムゾーンと作業可能なお時間帯をお知らせください。", CL),

# ---------------- clean off-platform look-alikes (9)
(C, "off-platform", M, CTO, "詳しい話はこのUpworkのチャットで続けましょう。資料もここに添付します", CL),
(C, "off-platform", M, TRA, "Upworkのメッセージ画面の通話機能で、15分ほどお話しできますでしょうか。", {}),
(C, "off-platform", P, KAN, "Slackボット開発やってます。チャンネル間の転送と、毎朝のリマインド投稿の機能を作った実績あり", {}),
(C, "off-platform", M, KAN, "LINEからSlackに通知飛ばす連携、Zapierで組めますよ。コード書かんでも行けます", {}),
(C, "off-platform", M, ILL, "明日は外で作業してますが、返信はちゃんとUpworkでしますね！", {}),
(C, "off-platform", M, CTO, "Chatwork連携アプリのテストは、サンドボックスのアカウントでお願いします。本番には投げないで", CL),
(C, "off-platform", M, RYO, "お客様からの問い合わせを別の手段（Googleフォーム）で受ける案もあると伺いました。比較表を作っていただけますか。", CL),
(C, "off-platform", P, KAN, "Telegramボットの通知が二重に飛ぶバグの修正、得意分野です。webhookとpollingが両方動いてるパターンが多いです", {}),
(C, "off-platform", M, ILL, "外部のやりとりは無しで、ラフも全部ここに上げていきますね〜", {}),

# ---------------- clean payment look-alikes (12)
(C, "payment", M, TRA, "お支払いはUpworkのマイルストーンで3回に分けていただけますでしょうか。", {}),
(C, "payment", M, KAN, "ペイパル決済をECサイトに組み込む件、Sandboxで決済と返金の動作確認まで済んでます", ACT),
(C, "payment", M, TRA, "恐れ入りますが、ご請求はすべてUpwork経由でお願いしております。直接のお振込みはお受けできかねます。", {}),
(C, "payment", M, KAN, "Stripeの手数料計算のロジックにバグありました。3.6%を二重に引いてたんで直します", ACT),
(C, "payment", M, CTO, "手数料はこちらで持つので、Upwork上で時給契約にしましょう。週20時間上限で", CL),
(C, "payment", M, CTO, "PayPay APIで返金処理（部分返金含む）を実装してほしいです。決済自体はもう動いてます", CLA),
(C, "payment", P, KAN, """はじめまして、大阪でVBAとPythonの業務自動化やってる者です。

募集内容読みました。銀行振込の入金消込を毎月手作業でやってはって、3,000件くらいあるとのことですね。ようある話で、僕も税理士事務所さん向けに同じ仕組みを2回作ってます。

やれること：
・ネットバンキングから落としたCSVと、請求データ（Excel）を突き合わせ
・振込名義のカナ揺れ（カ）と（カブ）、全角半角、スペースの違い）を吸収
・手数料差し引きで数百円足りへん入金も「候補」として出す
・消込できへんかったものだけ一覧にして、担当の方が目で確認

口座番号や顧客のメールアドレスみたいな個人情報は、ファイルの中だけで処理して外には一切出しません。テストはダミーの振込データでやります。

見積もりは固定で6万円、マイルストーン2つ（試作・本番）でどうでしょう。支払いはもちろんUpworkのマイルストーンでお願いします。

質問あったらこのメッセージでいつでもどうぞ。""", {}),
(C, "payment", M, RYO, "予算は5万円の固定報酬で、マイルストーンを2つに分けたいと考えております。", CL),
(C, "payment", M, CTO, "ボーナスはUpworkのボーナス機能から送っておきました。ありがとう！", CLA),
(C, "payment", P, KAN, "暗号資産の価格チャートを表示するダッシュボード、作れます。支払い機能は付けずに表示だけです", {}),
(C, "payment", M, ILL, "前のクライアントさんに直接契約しよって言われたけど断りました〜 このままUpworkでお願いします！", {}),
(C, "payment", M, CTO, "Wise APIで為替レート取って、円とドルの両方で価格表示したいです", CL),

# ---------------- clean feedback look-alikes (10)
(C, "feedback", M, TRA, "契約を終了いたしました。もしよろしければ、率直なご感想をフィードバックでお聞かせいただけますと嬉しいです。", ACT),
(C, "feedback", M, RYO, "TripAdvisorに載っている当館のレビューに、英語で返信文を書いていただきたいです。星2の厳しいご意見も含めて40件ほどです。", CL),
(C, "feedback", P, KAN, "Googleマップの口コミをスクレイピングせずに、公式APIで取って星1と星5の傾向をまとめるレポート作れます", {}),
(C, "feedback", M, TRA, "アプリストアのレビューに返信するためのテンプレートを、日英で10種類作成いたしました。", ACT),
(C, "feedback", M, ILL, "評価とか気にせず、気になるところあったら遠慮なく修正依頼してくださいね！", ACT),
(C, "feedback", M, KAN, "星5つのレーティング表示コンポーネント、半分の星にも対応させました", ACT),
(C, "feedback", M, CTO, "今回ありがとうございました。高評価つけておきました！またお願いします", CLA),
(C, "feedback", M, KAN, "レビュー機能のDB設計、星の数と本文を別テーブルにして、集計はビューでやります", {}),
(C, "feedback", P, TRA, "Amazonの商品レビュー（英語・約100件）の日本語訳、承ります。感情のニュアンスを残した訳を心がけます。", {}),
(C, "feedback", M, ILL, "フィードバックありがとうございます！ご指摘の3点、目の色と背景と文字の太さ、直しました", ACT),

# ---------------- clean account-sharing look-alikes (8)
(C, "account-sharing", M, KAN, "Upworkのチームに招待してもらえれば、付与された権限の範囲で作業しますね", {}),
(C, "account-sharing", M, ILL, "ログイン画面のデザイン、パスワード表示の目のアイコン付けました", ACT),
(C, "account-sharing", M, KAN, "ステージング環境のテストユーザーはシードデータで自動作成されるんで、本物のアカウントは要りません", ACT),
(C, "account-sharing", P, KAN, "二段階認証の実装、SMSと認証アプリ（TOTP）の両方対応できます", {}),
(C, "account-sharing", M, TRA, "先日「アカウント貸し」の勧誘メッセージが届きましたので、Upworkに通報いたしました。皆様もお気をつけください。", {}),
(C, "account-sharing", M, ILL, "やっと本人確認おわりました〜！これで応募できます", {}),
(C, "account-sharing", P, KAN, "LINEログイン・Googleログインのソーシャルログイン連携、何件も実装してます", {}),
(C, "account-sharing", M, CTO, "管理画面のユーザー権限、閲覧のみと編集で分けたいです。ログインはSSO前提で", CL),

# ---------------- clean harassment look-alikes (6)
(C, "harassment", M, TRA, "率直に申し上げますと、このデザイン案は方向性が異なるように感じます。別案を出させていただけますか。", ACT),
(C, "harassment", M, KAN, "このバグほんまに死ぬほど厄介でした笑 やっと直りましたわ", ACT),
(C, "harassment", M, KAN, "プロセスをkillしてから再起動してください。ゾンビプロセス残ってます", ACT),
(C, "harassment", M, ILL, "ごめんなさい、納期が厳しいので今回は辞退させてください🙇", {}),
(C, "harassment", M, RYO, "期待していた仕上がりとは少し違いましたので、2点修正をお願いいたします。", CLA),
(C, "harassment", M, TRA, "ゲームの敵キャラのセリフ「ぶっ殺すぞ！」の英訳ですが、年齢レーティングに合わせて少し弱めますか。", ACT),

# ---------------- allowed contact-sharing (10)
(A, "contact-sharing", M, KAN, "契約ありがとうございます！急ぎの連絡用に携帯 090-0000-2468 置いときます", ACT),
(A, "contact-sharing", M, TRA, "御社の調達ポータルへの登録に必要とのことですので、メールアドレス misaki.trans.000@outlook.com をお伝えいたします。", ENT),
(A, "contact-sharing", M, KAN, "GitHubのユーザー名は kenta-dev-000 です。リポジトリに招待してもらえたらすぐ見ます", {}),
(A, "contact-sharing", M, ILL, "Figmaの招待はこのメールにお願いします → yuki.illust.000@gmail.com（デザインファイル見るためだけです）", {}),
(A, "contact-sharing", M, ILL, "契約はじまったので、納品物のやりとり用にLINE ID送りますね：yuki_000_art", ACT),
(A, "contact-sharing", M, TRA, "秘密保持契約書（NDA）の署名欄に、住所と電話番号を記入してご返送いたしました。", {}),
(A, "contact-sharing", M, ENTV, "弊社はEnterpriseプランを利用しております。今後のご連絡は調達担当 佐藤 sato.procurement@example.co.jp までお願いいたします。", CLE),
(A, "contact-sharing", M, RYO, "作業中のご質問は、私の携帯 080-0000-1357 にお電話いただいても大丈夫です。", CLA),
(A, "contact-sharing", M, TRA, "共有ドライブのアクセス権付与用に、Googleアカウントのメールをお送りします：misaki.drive000@gmail.com（ドライブの権限付与にのみご使用ください）", {}),
(A, "contact-sharing", M, KAN, "Backlogのプロジェクトに入るためのメアドです：ken.linebot.000@outlook.com  課題見るだけに使います", {}),

# ---------------- allowed contact-request (7)
(A, "contact-request", M, ENTV, "弊社は法人（Enterprise）アカウントで契約しております。面談の前に、お電話番号をお知らせいただけますか。", CLE),
(A, "contact-request", M, RYO, "契約が始まりましたので、緊急時のご連絡先（お電話番号）を教えていただけますか。", CLA),
(A, "contact-request", M, CTO, "GitHubのユーザー名教えてください、プライベートリポジトリに招待します", CL),
(A, "contact-request", M, CTO, "Figmaのアカウントのメール教えてもらえます？デザインファイルに招待するので", CL),
(A, "contact-request", M, TRA, "契約開始、誠にありがとうございます。御社のSlackワークスペースへのご招待先として、どちらのメールアドレスをお伝えすればよろしいでしょうか。", ACT),
(A, "contact-request", M, TRA, "恐れ入りますが、ベンダー登録書類をお送りするため、ご担当者様のメールアドレスをお教えいただけますか。", ENT),
(A, "contact-request", M, CTO, "契約始まったし、LINE交換しません？進捗の連絡ラクなので", CLA),

# ---------------- allowed off-platform (7)
(A, "off-platform", M, TRA, "御社の規定に従い、Microsoft Teamsでの面談に参加いたします。招待URLをお待ちしております。", ENT),
(A, "off-platform", M, ENTV, "弊社はEnterpriseプランのため、二次面接は弊社のWeb会議システムで実施いたします。", CLE),
(A, "off-platform", M, CTO, "契約中なので、細かい調整はSlackで進めましょう。支払いはもちろんUpworkで", CLA),
(A, "off-platform", M, ILL, "毎週の進捗報告、Zoomでやりましょうか？金曜の夕方とかどうでしょう", ACT),
(A, "off-platform", M, KAN, "急ぎの修正はLINEで言うてもろたらすぐ対応します。請求は引き続きUpworkで", ACT),
(A, "off-platform", P, TRA, "法人のお客様とのことですので、ご希望であれば名古屋の御社へ伺ってお打ち合わせすることも可能です。", ENT),
(A, "off-platform", M, ILL, "denwa de hanashita hou ga hayai kara, ashita 10ji ni kakemasu ne〜", ACT),
]
