# one-off: fix the order of one long proposal and attach "unsure" notes to some items
import re
s = open('data_ar.py', encoding='utf8').read()
old_start = "بقلك بصراحة، بلّشت حسّن شروط الشغل مع الزباين الجداد. منتفق هون عالخطوط العريضة وبعدين منكمّل برّا المنصة، منرتاح نحنا التنين. "
assert old_start in s
s = s.replace(old_start, "")
s = s.replace("وروابط داخلية. خلصت أكتر من ١٥٠ مقال", "وروابط داخلية. وبقلك بصراحة: منتفق هون عالخطوط العريضة وبعدين منكمّل برّا المنصة عالواتس، منرتاح نحنا التنين. خلصت أكتر من ١٥٠ مقال")
def note(src, key, n):
    m = re.search(r'"[^"]*' + re.escape(key) + r'[^"]*"\)', src)
    assert m, key
    return src[:m.end()-1] + ', ' + repr(n) + ')' + src[m.end():]
s = note(s, "lina.drafts@gmail.com", "volunteers her own Google address for a Doc invitation before a contract; allowed (access to a project system), but it is volunteered, not requested")
s = note(s, "يفتحون عقود صغيرة بـ ٥ دولار", "review-for-refund scheme: labelled feedback, could also be read as payment")
s = note(s, "التصميم الأخير قاتل", "slang 'قاتل' (killer = great) in praise; clean")
open('data_ar.py', 'w', encoding='utf8').write(s)
t = open('data_azi.py', encoding='utf8').read()
t = note(t, "odai.builds@gmail.com", "email named only as the sender of a Trello invitation before a contract; allowed, but it is still an address in the chat")
t = note(t, "ana 3ayez el logo bbalash el awel", "threat of a bad review before any contract exists (no review possible yet); labelled feedback violation")
t = note(t, "test.user@example.com", "fake test numbers and example.com addresses used as QA test data; clean")
t = note(t, "nsiftlek 3la WhatsApp vocal", "moving updates to WhatsApp during an active contract; allowed under the after-contract exception")
open('data_azi.py', 'w', encoding='utf8').write(t)
print('ok')
