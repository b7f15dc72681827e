/// The scenarios that come with Frontline, in the documented file format (docs/scenarios.md),
/// so `frontline demo --scenario NAME` needs no file and each one is an example to copy.
enum ShippedScenarios {
    static let texts: [(name: String, text: String)] = [
        ("quiet-morning", """
            title = "A quiet first morning"
            summary = "A few polite customers and one who needs things explained: learn the keys, greet, answer, say goodbye."
            length = "20m"
            rate = 0.3

            [channels]
            phone = 1
            chat = 2
            email = 1

            [personas]
            polite = 3
            confused = 1

            [[arrival]]
            at = "20s"
            channel = "chat"
            persona = "polite"
            language = "zh-Hans"

            [[arrival]]
            at = "1m30s"
            channel = "phone"
            persona = "polite"
            language = "en"
            """),
        ("angry-customer", """
            title = "An angry customer"
            summary = "One upset chat customer who calms down only after an apology and expects a complaint filed, with a little traffic around them."
            length = "10m"
            rate = 0.2

            [personas]
            polite = 2
            impatient = 1

            [[arrival]]
            at = "15s"
            channel = "chat"
            persona = "angry"
            language = "ko"
            lines = ["패딩 지퍼가 이틀 만에 고장 났는데 아무도 연락이 없네요!", "교환은 언제 받을 수 있나요?"]
            complaint = true
            """),
        ("rush-hour", """
            title = "Rush hour"
            summary = "Two arrivals a minute on every channel for ten minutes: impatient customers, callers who hang up, chats that keep writing. Keep every timer green."
            length = "10m"
            rate = 2

            [channels]
            phone = 3
            chat = 3
            email = 1

            [personas]
            polite = 2
            impatient = 3
            angry = 1
            confused = 1
            hang-up = 2
            persistent = 2
            """),
        ("major-complaint", """
            title = "A shift with a major complaint"
            summary = "A customer whose order went badly wrong calls, then writes: apologise, file a complete complaint (paraphrase confirmed, reply time promised), keep the queue moving."
            length = "15m"
            rate = 0.5

            [personas]
            polite = 3
            impatient = 1
            confused = 1

            [[arrival]]
            at = "10s"
            channel = "phone"
            persona = "angry"
            language = "zh-Hans"
            patience = "5m"

            [[arrival]]
            at = "1m"
            channel = "chat"
            persona = "angry"
            language = "en"
            lines = ["You charged me twice for the same order and nobody answers my emails!", "When will I get the second payment back?"]
            good = ["refund", "back", "return"]
            complaint = true
            """),
    ]
}
