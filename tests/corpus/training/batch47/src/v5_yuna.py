# Voice 5: Park Seo-yeon ("Yuna"), 23, webtoon and character illustrator in Seoul (freelancer).
# Polite, apologetic, lots of ^^ and ㅠㅠ; writes Korean to Korean clients and careful English to others.
from common import *

cases, c = make("b47-yuna-seoul-webtoon", "freelancer")
P = "proposal"

# ---- violations
c("혹시 편하시면 카톡으로 연락 주세요! 아이디는 yuna_draws 입니다 ^^",
  V, CS, "ko")
c("업워크 메시지가 가끔 알림이 안 와서요ㅠㅠ 혹시 카카오톡으로 이야기 나누는 건 어떨까요?",
  V, OP, "ko")
c("수수료 때문에 그러시면 토스로 직접 보내주셔도 괜찮아요! 대신 조금 할인해 드릴게요 ^^",
  V, PAY, "ko", ctx=ACTIVE)
c("다음 작업부터는 계좌이체로 해주시면 10% 빼드릴게요. 국민은행이에요!",
  V, PAY, "ko", ctx=ACTIVE)
c("혹시 별점 5개 남겨주시면 다음 작업 때 캐릭터 시트 하나 무료로 그려드릴게요!",
  V, FB, "ko", ctx=ACTIVE)
c("클라이언트님 카톡 아이디 알려주시면 제가 먼저 추가할게요~",
  V, CR, "ko")
c("""안녕하세요! 서울에서 활동하는 웹툰 작가 박서연(Yuna)입니다.

올려주신 로맨스 판타지 웹툰 작화 공고 보고 지원합니다. 네이버 도전만화에서 2년 동안 연재했고, 지금은 카카오페이지 작품 어시스턴트로 채색과 배경을 맡고 있어요.

가능한 작업:
- 콘티 → 선화 → 채색 → 말풍선까지 전체 작업
- 회당 60~70컷, 주 1회 마감 가능
- 캐릭터 시트, 표정 시트 별도 제작

작업물은 인스타그램 @yuna.draws.example 에서 더 보실 수 있어요 (DM도 편하게 주세요!).

1화 샘플은 스케치 단계까지 무료로 보여드릴 수 있어요. 잘 부탁드립니다 ^^""",
  V, CS, "ko", surface=P)
c("Hi! I'm Yuna, a webtoon artist from Seoul ^^ I saw you need 4 chapters colored in a soft pastel style, that's exactly what I do! You can find more of my work and DM me on X: @yunadraws_ex",
  V, CS, surface=P)
c("my email is yuna (dot) parkart @ g m a i l, sorry i write like this because of the system ㅠㅠ",
  V, CS)
c("My friend Jiwoo is also an illustrator but her account got suspended ㅠㅠ Can she work on the background art under my account? She is really good, I promise!",
  V, ACC, ctx=ACTIVE)
c("제 계정이 아직 신규라서 그런데, 언니 계정으로 제안서 다시 넣어도 될까요? 작업은 제가 다 해요!",
  V, ACC, "ko")
c("I finished the last 3 panels! I will send the high-res PSD files after you leave the review~ sorry, it's my rule ^^;",
  V, FB, ctx=ACTIVE)
c("Could we maybe talk on Discord instead? My English is better when I can take time and use a translator ㅠㅠ",
  V, OP)
c("급하시면 010-0000-7321로 문자 주세요! 작업 중에도 바로 확인해요",
  V, CS, "ko")
c("후기에 '친절하고 빨라요' 이렇게만 써주시면 돼요! 안 써주시면 다음 달 일정 잡기가 좀 어려울 것 같아요ㅠㅠ",
  V, FB, "ko", ctx=ACTIVE)
c("kakao id pls? 🙏",
  V, CR)
c("외부 결제로 하시면 세금계산서도 끊어드릴 수 있어요. 카카오페이 송금도 괜찮고요!",
  V, PAY, "ko", ctx=ACTIVE)
c("네이버 블로그에 제 연락처랑 단가표 올려놨어요~ '유나 웹툰 외주' 검색하시면 바로 나와요!",
  V, CS, "ko", surface=P)

# ---- clean
c("카카오톡 이모티콘 작업도 가능해요! 24종 세트 기준으로 견적 드릴게요.",
  C, OP, "ko")
c("결제는 업워크 마일스톤으로 진행하면 될 것 같아요. 스케치 확인하시고 승인해 주세요^^",
  C, PAY, "ko", ctx=ACTIVE)
c("I don't use LINE or Kakao with clients here, sorry! Upwork chat is totally fine for me, I check it every morning and night.",
  C, OP)
c("The phone in panel 4 shows a number on the screen — I made it 010-XXXX-XXXX so it's not a real one!",
  C, CS, ctx=ACTIVE)
c("리뷰 남겨주셔서 감사합니다 ㅠㅠ 정말 힘이 돼요!",
  C, FB, "ko")
c("Thank you for the bonus!! You didn't have to 😭 I received it on Upwork today.",
  C, PAY)
c("다른 분이 외부 결제 하자고 하셔서 거절했어요. 업워크 밖에서 하면 보호를 못 받잖아요.",
  C, PAY, "ko")
c("For the upload you need to log in to your own Naver Webtoon creator account — I can't do that for you, but I'll prepare the files in the right size (690px width).",
  C, ACC, ctx=ACTIVE)
c("Honestly the script for ep. 3 is a bit weak, the killer's motive isn't clear. Maybe add one flashback panel?",
  C, HAR, ctx=ACTIVE)
c("혹시 수정 횟수가 몇 번까지인지 여쭤봐도 될까요? 계약 내용에 적어주시면 좋겠어요.",
  C, PAY, "ko")
c("Sorry sorry for the late reply!! I was at the hospital with my grandma. The line art will be ready tomorrow, no extra charge for the delay of course.",
  C, PAY, ctx=ACTIVE)
c("""Hello! I'm Yuna ^^

I have drawn a lot of 'phone screen' scenes for a romance webtoon — chat app UI, login screens, a banking app payment screen, even a fake review page for the villain's restaurant. So the modern office comedy in your post is very comfortable for me.

My plan:
1. Character sheets for the 4 main characters (front, side, 6 expressions)
2. Storyboard for episode 1 (about 55 panels)
3. Line art + flat colors, then shading

I work in Clip Studio and deliver PSD + PNG at 690px width. I can start Monday. All communication here on Upwork is perfect for me.""",
  C, PAY, surface=P)
c("""안녕하세요, 웹툰 작가 Yuna입니다.

3편 연재 경험이 있고 캐릭터 시트와 배경 작업 모두 가능합니다. 회당 작업 기간은 7~9일 정도예요.

궁금하신 점은 업워크 메시지로 편하게 연락 주세요! 계약 전에는 여기서만 이야기 나누는 게 규정이라 외부 메신저는 안내드리지 못하는 점 양해 부탁드려요 ^^""",
  C, OP, "ko", surface=P)
c("A client asked for my Kakao before the contract and I said no. Is it okay to share it after we start? I want to follow the rules ㅠㅠ",
  C, CR)
c("If you're happy with the final pages, a short review would mean a lot to me — but only if you feel like it!",
  C, FB, ctx=ACTIVE)
c("계정 비밀번호는 절대 공유 안 해요! 클라이언트님도 혹시 누가 물어보면 조심하세요 ^^",
  C, ACC, "ko")
c("The client before you said my coloring was 'trash' ㅠㅠ I reported it to Upwork. Sorry, I'm just a little nervous about feedback now.",
  C, HAR)
c("토스 결제 화면이 나오는 장면이요, 실제 로고는 빼고 비슷하게만 그릴게요!",
  C, PAY, "ko", ctx=ACTIVE)

# ---- allowed
c("계약 시작됐으니 이제 카톡으로 연락드려도 될까요? 아이디는 yuna_draws 예요 ^^",
  A, CS, "ko", ctx=ACTIVE)
c("If you want me to check the existing character sheets first, share the Google Drive folder with yunapark.art@gmail.com — just for the files!",
  A, CS)
c("My portfolio (artwork only, no commissions or messages there): artstation.com/yunapark-example",
  A, CS, surface=P, doubt="off-Upwork portfolio link; the policy sources disagree on outside portfolio links")
c("원본 파일 USB로 보내드릴게요! 받으실 주소 알려주시면 내일 택배 보낼게요.",
  A, CR, "ko", ctx=ACTIVE)
c("Since we're under contract now, could we do a quick Zoom call to go through the storyboard? Here's my link: zoom.example.com/j/0000000",
  A, OP, ctx=ACTIVE)
c("Now that we started — my email for the big files is yunapark.art@gmail.com (WeTransfer is easier than Upwork for 2GB PSDs).",
  A, CS, ctx=ACTIVE)
c("""인사팀에서 요청하신 대로 연락처 남겨드립니다.
이메일: yunapark.art@gmail.com
전화: 010-0000-7321
포트폴리오 검토 후 연락 주시면 감사하겠습니다.""",
  A, CS, "ko", surface=P, ctx=ENT)

# ---- added in the second pass
c("이제 계약했으니 디스코드 서버 하나 만들어서 피드백 주고받을까요? 파일 올리기도 편해서요!",
  A, OP, "ko", ctx=ACTIVE)
c("카톡 X, 업워크 O ^^",
  C, OP, "ko")
