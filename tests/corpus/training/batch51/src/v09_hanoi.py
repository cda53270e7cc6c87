SRC = 'b51-hanoi-qa-tester'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','vi','',"""Chào anh/chị, em là Linh, QA tester ở Hà Nội, 4 năm kinh nghiệm test manual và automation (Selenium, Appium). Em đã đọc mô tả dự án app đặt lịch spa. Anh/chị có thể nhắn Zalo cho em số 0900 000 017 để em gửi test plan mẫu nhé."""),
('V',CR,'m','vi','',"""Dạ anh cho em xin số zalo hoặc email cá nhân được không ạ, em gửi file test case excel qua đó cho tiện, ở đây file hơi nặng."""),
('V',OP,'m','vi','',"""anh oi minh chuyen qua telegram noi chuyen cho nhanh nha, upwork tren dien thoai em hay bi loi khong nhan duoc tin nhan. anh tim em theo ten Linh QA Hanoi la ra."""),
('V',PA,'m','vi','a',"""Dạ sprint này em test xong rồi ạ, 42 bug đã log trên Jira. Sprint sau nếu anh muốn thì anh chuyển khoản trực tiếp qua Wise hoặc USDT cho em, đỡ mất phí 10% của Upwork, em giảm giá thêm cho anh."""),
('V',FB,'m','vi','a',"""anh oi em gui bao cao test cuoi cung lien sau khi anh danh gia 5 sao cho em nha. em can review lam, hien tai profile em moi co 2 job thoi a."""),
('V',AS,'m','vi','',"""Dạ nói thật với anh, tài khoản này là của chị em, chị ấy đã verify rồi. Em dùng chung để nhận job vì tài khoản em bị từ chối xác minh. Nhưng người test là em ạ."""),
('V',HA,'m','vi','a',"""Anh có biết đọc bug report không vậy? Em viết rõ từng bước mà anh vẫn hỏi lại. Làm việc với người ngu như anh mệt thật sự."""),
('V',CS,'m','en','',"""Hi Mike, I can't attach the video here because it's over the size limit. Please check my YouTube channel, search Linh Tester VN, and leave a comment with your email so I can send the full recording."""),
('V',PA,'p','vi','',"""Chào anh, em nhận test app iOS và Android với giá 8 USD/giờ. Nếu làm lâu dài, em đề nghị mình ký hợp đồng ngoài Upwork và anh thanh toán qua chuyển khoản ngân hàng Vietcombank, như vậy giá sẽ rẻ hơn nhiều cho anh."""),
('C',AS,'m','vi','a',"""Em đã test luồng đăng nhập: nhập sai mật khẩu 5 lần thì tài khoản bị khóa đúng như spec. Nhưng nút "Quên mật khẩu" gửi email reset 2 lần, em đã log bug BUG-214 trên Jira."""),
('C',PA,'m','vi','a',"""Trang thanh toán: thanh toán bằng MoMo và VNPay đều thành công trên sandbox, nhưng PayPal bị timeout sau 30 giây. Em đính kèm log và video ở đây."""),
('C',CS,'m','vi','a',"""Form đăng ký không chấp nhận số điện thoại dạng +84 và địa chỉ có dấu tiếng Việt (ví dụ "Ngõ 12 Hoàng Quốc Việt"). Em đề xuất dev sửa regex và encoding."""),
('C',FB,'m','vi','a',"""Cảm ơn anh đã tin tưởng em suốt 3 tháng qua ạ. Nếu anh thấy phù hợp, anh để lại nhận xét trung thực trên Upwork giúp em nhé, không bắt buộc đâu ạ."""),
('C',HA,'m','vi','a',"""Trời ơi bug này "chết người" thật, app crash ngay khi mở camera trên Samsung A52. Anh đừng lo, em đã tìm ra bước tái hiện rồi."""),
('C',OP,'p','vi','',"""Chào anh, trả lời câu hỏi sàng lọc: em đã test chatbot WhatsApp và Zalo OA cho một chuỗi nhà hàng, gồm luồng đặt bàn, gửi OTP và tin nhắn xác nhận. Em sẽ trao đổi toàn bộ qua Upwork."""),
('A',CR,'m','en','',"""To estimate the test effort properly, could you invite me to your TestRail project as a read-only guest? The email I use for tool access is linh.qa.hanoi@gmail.com, only for that invite."""),
('A',CS,'m','vi','a',"""Hợp đồng đã bắt đầu rồi nên em gửi anh số Zalo để báo bug khẩn ngoài giờ: 0900 000 038. Báo cáo chính thức em vẫn gửi trên Upwork ạ."""),
]
