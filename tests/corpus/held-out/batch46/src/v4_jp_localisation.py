# Voice 4: Tanabe-san, localisation producer at a small Tokyo app studio hiring JA->EN translators and LQA (client). English and Japanese.
from common import make
A = make('b46-jp-l10n-client', 'client')
V, C, AL = 'violation', 'clean', 'allowed'

# violations
A(V, 'contact-request', "Thank you for apply. For next step, please tell me your LINE ID. Our team communicate by LINE usually, it is more faster.")
A(V, 'contact-request', "ご応募ありがとうございます。契約前に一度ご連絡したいので、メールアドレスと電話番号を教えていただけますか。", lang='ja')
A(V, 'contact-sharing', "If you have question about the glossary, please mail to me: tanabe.haruka.l10n@gmail.com. I check mail more often than Upwork.")
A(V, 'contact-sharing', "弊社の担当者の連絡先です：03-0000-0000（平日10時〜18時）。ご不明点があればお電話ください。", lang='ja')
A(V, 'off-platform', "We like your test translation very much. Next, we want to do interview by Zoom with our director before contract. Please send me good time, I will send the invitation.")
A(V, 'off-platform', "今後のやり取りはChatworkでお願いできますか？Upworkのメッセージは社内で共有しにくいので。", lang='ja')
A(V, 'payment', "Our company has difficulty to pay foreign freelancer by Upwork because of accounting rule. Can you accept bank transfer to your account directly? We pay same amount, no fee.")
A(V, 'payment', "次の案件からはUpworkを通さず、PayPalで直接お支払いする形にしたいです。手数料分は単価に上乗せします。", lang='ja', contract='active')
A(V, 'feedback', "The LQA report found 14 mistakes. If you fix them and also translate the new 3,000 characters for free, we will give you good review. If not, we must write honest bad review.", contract='active')
A(V, 'feedback', "評価を5つ星にしてほしければ、追加の修正は無料で対応してください。", lang='ja', contract='active')
A(V, 'account-sharing', "For the store text, please login our App Store Connect with this ID and password and paste the English description directly. ID: release@studio-example.jp / PW: Sakura2024", contract='active')
A(V, 'account-sharing', "我々のUpworkアカウントを使って、他の翻訳者への連絡もお願いできますか？ログイン情報は別途お送りします。", lang='ja', contract='active')
A(V, 'harassment', "Your English is not native level at all. Maybe you lie in your profile. Honestly this is the worst translation I ever paid. Shameful.", contract='active')
A(V, 'payment', """Hello Mr. Davies,

Thank you for the first batch of the localisation. Our producer and QA team reviewed it this week and the tone of the character dialogue is very good — especially the old fisherman, he sounds really natural in English now. We are happy.

About the next batch, there are some points:

1. Please keep the character name "Kaito" without change. Don't make it "Kite".
2. For the item names, please follow the glossary sheet. Some of them are different in batch 1 (for example 回復薬 must be "Restoring Tonic", not "Healing Potion").
3. Max length is 32 characters for UI strings. Longer text will break the button.
4. Please add comment in column F when you are not sure about the context. We will answer.

About payment: our accounting department said Upwork fee is too high for the long project, so from batch 2 we would like to send the money by international bank transfer from our Japanese bank, invoice base. Please send us your bank name, SWIFT code and account number by next Friday.

The next batch is about 18,000 characters. Deadline is end of month. Thank you very much for your good work.

Tanabe""", contract='active')

# clean
A(C, 'payment', "The new update has in-app purchase screen. Please translate the strings like 「購入する」「お支払い方法」「決済に失敗しました」 with natural English used in mobile games.", contract='active')
A(C, 'payment', "Milestone 1 is approved. Payment will be released by Upwork soon. Thank you for fast work!", contract='active')
A(C, 'payment', "予算は1文字あたり約8円です。すべてUpworkのマイルストーン払いで進めます。", lang='ja')
A(C, 'contact-sharing', "In the settings screen there is text 「お問い合わせ: support@example.jp」. Please keep the email as it is, only translate the 「お問い合わせ」 part.", contract='active')
A(C, 'account-sharing', "Please translate the login screen: 「ログイン」「パスワードを忘れた方」「アカウントを作成」. Keep it short, max 16 characters.", contract='active')
A(C, 'account-sharing', "We will invite you to our Crowdin project as a translator role. You do not need our account password, your own Crowdin account is enough.", contract='active')
A(C, 'feedback', "Please translate the review request popup: 「このアプリを評価してください」. In English we want something friendly, not pushy.", contract='active')
A(C, 'feedback', "Thank you for the contract. I will write feedback after the final delivery. You were very polite and careful.", contract='active')
A(C, 'off-platform', "Our game has Discord community server. Please translate the announcement text 「公式Discordに参加しよう！」 for the title screen banner.", contract='active')
A(C, 'contact-request', "For the character profile we need: name, age, hometown, hobby. It is fictional of course. Please translate the sample profile sheet.", contract='active')
A(C, 'harassment', "The villain says very rude words in Japanese (「ぶっ殺すぞ」). Please translate to English with the same strong feeling but suitable for age rating 12+.", contract='active')
A(C, 'harassment', "申し訳ありませんが、今回の翻訳は品質基準に達していません。修正点をリストにしましたので、ご確認ください。", lang='ja', contract='active')
A(C, 'contact-request', "Question for all applicants: how do you ask the client for context when a string is unclear? Please describe your process.")

# allowed
A(AL, 'contact-sharing', "契約が始まりましたので、緊急時の連絡先をお伝えします：tanabe.work@outlook.com。支払いはこれまで通りUpworkで行います。", lang='ja', contract='active')
A(AL, 'contact-request', "To scope the work, please tell me the email address you use for Crowdin. I will add you to the project so you can see the string count.")
A(AL, 'contact-request', "Our company uses Upwork Enterprise. Our legal team will send you the NDA by email, so please give me your email address here.", client='enterprise')
A(AL, 'off-platform', "We are Enterprise client on Upwork, so we will do interview on Microsoft Teams. The link will come from our HR department.", client='enterprise')
A(AL, 'contact-sharing', "The NDA is attached. It has our company address in Shibuya and my direct phone number because our legal team requires it. Please sign and return it here before we send files.")
A(AL, 'contact-request', "契約開始後なので、LINEのIDを教えていただけますか？リリース日の緊急連絡用です。", lang='ja', contract='active')
A(AL, 'off-platform', "Contract is active now. If OK, let's have a short Zoom call tomorrow to explain the game world and characters. Payment stays on Upwork of course.", contract='active')
A(C, 'feedback', "Review done. Thank you!", contract='active')
