use super::*;

fn kinds(text: &str) -> Vec<SecretKind> {
    scan(text).into_iter().map(|f| f.kind).collect()
}

/// The check digit worked independently of the module, from GB 11643-1999's definition:
/// a_18 = (12 - (Σ a_i·2^(18-i) mod 11)) mod 11, with 10 written as X.
fn with_check_digit(first17: &str) -> String {
    let sum: u64 = first17
        .bytes()
        .enumerate()
        .map(|(k, b)| u64::from(b - b'0') * (1u64 << (17 - k)) % 11)
        .sum();
    let check = (12 - sum % 11) % 11;
    let c = if check == 10 {
        'X'
    } else {
        char::from(b'0' + check as u8)
    };
    format!("{first17}{c}")
}

#[test]
fn an_id_number_with_a_valid_check_digit_is_found() {
    let id = with_check_digit("11010519491231002");
    assert_eq!(id, "11010519491231002X", "the standard's own example");
    assert_eq!(kinds(&format!("我的身份证{id}。")), [SecretKind::IdNumber]);
    assert_eq!(kinds(&id.to_lowercase()), [SecretKind::IdNumber]);
    let other = with_check_digit("44030419900307123");
    assert_eq!(kinds(&format!("id {other} ok")), [SecretKind::IdNumber]);
}

#[test]
fn a_mistyped_id_number_with_the_shape_of_one_is_still_found() {
    assert_eq!(
        kinds("身份证 110105194912310021"),
        [SecretKind::IdNumber],
        "check digit"
    );
    assert_eq!(
        kinds("ID 11010119900307123X"),
        [SecretKind::IdNumber],
        "X where 4 is due"
    );
    assert_eq!(
        kinds("110101199003071234"),
        [SecretKind::IdNumber],
        "the trial's typo"
    );
}

#[test]
fn eighteen_characters_without_an_id_number_s_shape_or_more_digits_are_not_an_id() {
    assert_eq!(
        kinds("订单 110105194913310025"),
        [],
        "month 13, wrong check digit"
    );
    assert_eq!(kinds("订单 110105190002300021"), [], "30 February");
    assert_eq!(kinds("订单 110105180012310021"), [], "born 1800");
    assert_eq!(kinds("订单 910105194912310021"), [], "region 9");
    assert_eq!(kinds("工单号 11010519491231002X9"), []);
    assert_eq!(kinds("911010519491231002X"), []);
}

#[test]
fn mobile_numbers_plain_and_grouped_are_found() {
    assert_eq!(kinds("电话13812345678"), [SecretKind::Mobile]);
    assert_eq!(kinds("call 138 1234 5678 please"), [SecretKind::Mobile]);
    assert_eq!(kinds("call 138-1234-5678"), [SecretKind::Mobile]);
}

#[test]
fn other_numbers_are_not_mobile_numbers() {
    assert_eq!(kinds("工单号 12812345678"), [], "second digit 2");
    assert_eq!(kinds("订单 138123456789"), [], "12 digits");
    assert_eq!(kinds("客服热线 95188"), []);
    assert_eq!(kinds("138 1234-5678"), [], "mixed separators");
}

#[test]
fn a_code_is_found_only_near_its_word() {
    assert_eq!(kinds("验证码是 482913"), [SecretKind::Code]);
    assert_eq!(kinds("the code: 4821"), [SecretKind::Code]);
    assert_eq!(kinds("工单 4821"), []);
    assert_eq!(kinds("验证码发了很久很久很久以后才到 4821"), [], "too far");
    assert_eq!(kinds("验证码 1234567"), [], "seven digits");
}

#[test]
fn a_password_is_the_word_after_its_label() {
    assert_eq!(kinds("密码是 hunter22"), [SecretKind::Password]);
    assert_eq!(kinds("密码：Abc!2345"), [SecretKind::Password]);
    assert_eq!(kinds("my password is s3cret-pass"), [SecretKind::Password]);
    assert_eq!(kinds("pwd=qwerty"), [SecretKind::Password]);
}

#[test]
fn talking_about_passwords_is_not_a_password() {
    assert_eq!(kinds("客服说需要重置密码"), []);
    assert_eq!(kinds("I changed the password yesterday"), []);
    assert_eq!(kinds("密码 ok"), [], "too short to be one");
}

#[test]
fn mask_hides_each_finding_and_keeps_the_rest() {
    assert_eq!(
        mask("电话13812345678，验证码 4821"),
        "电话***********，验证码 ****"
    );
    assert_eq!(mask("密码是 hunter22"), "密码是 ********");
    assert_eq!(mask("客服工单 A-1029"), "客服工单 A-1029");
}

#[test]
fn ranges_are_byte_ranges_of_the_note() {
    let text = "备注：13812345678";
    let f = &scan(text)[0];
    assert_eq!(&text[f.range.clone()], "13812345678");
}

#[test]
fn a_space_alone_flags_a_password_only_with_a_digit_or_symbol_in_it() {
    assert_eq!(kinds("密码 hunter22"), [SecretKind::Password]);
    assert_eq!(kinds("password yesterday"), []);
    assert_eq!(kinds("password: yesterday"), [SecretKind::Password]);
}

#[test]
fn full_width_digits_are_digits_too() {
    assert_eq!(kinds("验证码是：４８２９１３"), [SecretKind::Code]);
    assert_eq!(kinds("手机号１３８１２３４５６７８"), [SecretKind::Mobile]);
    assert_eq!(
        kinds("１１０１０５１９４９１２３１００２Ｘ"),
        [SecretKind::IdNumber]
    );
    assert_eq!(mask("码４８２１ code ４８２１"), "码４８２１ code ****");
}

#[test]
fn short_password_labels_count() {
    assert_eq!(kinds("pw hunter22"), [SecretKind::Password]);
    assert_eq!(kinds("pass: hunter22"), [SecretKind::Password]);
    assert_eq!(kinds("I will pass tomorrow"), []);
}
