import json, os
exec(open(os.path.join(os.path.dirname(__file__), 'zh.py')).read())
exec(open(os.path.join(os.path.dirname(__file__), 'vi.py')).read())
DROP = [
 "my telegram @weijie_dev_kl", "我的IG是", "Line ID 是 yuting", "PayPal friends and family", "下次有活直接找我就行",
 "再免费加做五张主图", "评价里不要提我延期", "你有没有Facebook？我add你", "咱们线下聊吧", "工作室模式", "就这水平还来Upwork",
 "skype em:", "fb em: facebook.com", "anh gui qua Wise", "Tháng sau cậu làm tiếp", "em hoan 30$", "Chị sẽ cho em 5 sao",
 "chi tiet noi ngoai nha", "em co acc nguoi US", "Cho thuê acc Upwork Top Rated", "mấy tấm ảnh mặc đồ bơi", "ban nao lam dc thi de lai sdt",
]
CLIENT = {"zhk", "zhelp", "zec", "zsc", "vshop", "vsc", "vhelp", "vhotel"}
out = []
used = set()
for lang, L in (("zh", ZH), ("vi", VI)):
    for src, exp, cat, surf, text, ctx in L:
        hit = [d for d in DROP if d in text]
        if hit:
            used.update(hit); continue
        c = {}
        if src in CLIENT: c["role"] = "client"
        c.update(ctx)
        if c.get("role") == "freelancer": del c["role"]
        o = {"text": text, "expect": exp, "category": cat, "surface": surf, "lang": lang, "source": src}
        if c: o["context"] = c
        out.append(o)
assert used == set(DROP), set(DROP) - used
with open(os.path.join(os.path.dirname(__file__), '..', 'cases.jsonl'), 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
