import DossierModel

extension Technology {
    /// The languages a speech or dialogue text names: Chinese or a minority language (the
    /// 2023 catalogue's qualifier is met), only other languages (not met), or none at all
    /// (met when the text is Chinese).
    static func languageStatement(_ random: inout SeededRandom) -> [Bilingual] {
        random.weighted([
            ([Bilingual.t("支持普通话语音", "Mandarin Chinese speech is supported")], 25),
            ([.t("支持藏语、维吾尔语和蒙古语等少数民族语言", "minority languages such as Tibetan, Uyghur and Mongolian are supported")], 12),
            ([.t("支持普通话、粤语和四川话", "Mandarin, Cantonese and Sichuanese are supported")], 10),
            ([.t("支持中文和英文混合输入", "mixed Chinese and English input is supported")], 10),
            ([.t("仅支持英语", "only English is supported")], 15),
            ([.t("支持英语、日语和西班牙语", "English, Japanese and Spanish are supported")], 8),
            ([], 20),
        ])
    }

    /// Speech synthesis (text to speech).
    static let speechSynthesis = Technology(
        key: "speech-synthesis", controlled: true,
        ipc: ["G10L 13/02", "G10L 13/10", "G10L 13/047", "G06N 3/045"],
        assetTypes: [(.inventionPatent, 50), (.patentApplication, 15), (.softwareCopyright, 30), (.tradeSecret, 5)],
        titles: [
            .t("一种端到端语音合成方法及装置", "End-to-end speech synthesis method and device"),
            .t("基于声学模型和神经声码器的语音合成方法", "Speech synthesis method based on an acoustic model and a neural vocoder"),
            .t("一种个性化语音合成方法、电子设备及存储介质", "Personalised speech synthesis method, electronic device and storage medium"),
        ],
        subject: ClaimSubject(
            .t("一种语音合成方法", "A speech synthesis method"), short: .t("语音合成方法", "speech synthesis method"), isMethod: true,
            closing: .t(
                "一种电子设备，其特征在于，包括处理器和存储器，所述处理器执行所述存储器中的程序时实现权利要求1至%n中任一项所述的语音合成方法。",
                "An electronic device comprising a processor and a memory, the processor carrying out the speech synthesis method according to any one of claims 1 to %n when executing a program in the memory."
            )),
        leads: [
            .t("本发明涉及语音合成技术领域。", "The invention relates to speech synthesis."),
            .t("现有语音合成系统韵律生硬，多音字发音错误率高。", "Existing speech synthesis systems have stiff prosody and mispronounce polyphonic characters."),
        ],
        elements: [
            .t("对输入文本进行正则化、分词和多音字消歧，得到音素序列", "normalising, segmenting and disambiguating the input text to obtain a phoneme sequence"),
            .t("通过韵律预测模型预测韵律边界和重音", "predicting prosodic boundaries and stress with a prosody model"),
            .t(
                "将音素序列和韵律特征输入声学模型，生成梅尔频谱",
                "feeding the phoneme sequence and prosodic features to an acoustic model to generate a mel spectrogram"),
            .t("采用神经声码器将梅尔频谱转换为语音波形", "converting the mel spectrogram into a waveform with a neural vocoder"),
        ],
        features: [
            .t("所述声学模型为基于Transformer的非自回归模型", "the acoustic model is a non-autoregressive Transformer"),
            .t(
                "所述神经声码器为生成对抗网络声码器，采样率为{16..48} kHz",
                "the vocoder is a generative adversarial network vocoder with a sampling rate of {16..48} kHz"),
            .t("合成语音的平均意见得分不低于{4.0..4.5}", "the synthesised speech has a mean opinion score of at least {4.0..4.5}"),
            .t("通过{5..30}分钟的目标说话人录音完成音色适配", "the voice is adapted to a target speaker from {5..30} minutes of recordings"),
            .t("实时率小于{0.05..0.30}", "the real-time factor is below {0.05..0.30}"),
            .t("所述韵律预测模型采用条件随机场", "the prosody model is a conditional random field"),
        ],
        effects: [
            .t("该方法合成语音自然度高，可部署于车载和智能音箱等终端。", "The method produces natural speech and can run on car systems and smart speakers.")
        ],
        summaries: [
            .t("语音合成声学模型、声码器及相关软件和专利的转让。", "Transfer of speech synthesis acoustic models, vocoders and the related software and patents.")
        ],
        industries: [.t("语音科技", "Speech Technology"), .t("智能科技", "Intelligent Technology"), .t("信息技术", "Information Technology")],
        software: [.t("语音合成引擎软件", "Speech Synthesis Engine Software"), .t("智能播报系统", "Intelligent Broadcast System")],
        statements: { random, _ in languageStatement(&random) })

    /// Speech recognition and dialogue (voice assistants, customer-service robots).
    static let speechDialogue = Technology(
        key: "speech-dialogue", controlled: true,
        ipc: ["G10L 15/22", "G10L 15/16", "G06F 40/35", "G06F 16/332", "G10L 15/183"],
        assetTypes: [(.inventionPatent, 45), (.patentApplication, 15), (.softwareCopyright, 35), (.tradeSecret, 5)],
        titles: [
            .t("一种多轮人机对话交互方法及系统", "Multi-turn human-machine dialogue method and system"),
            .t("基于深度神经网络的语音识别方法及装置", "Speech recognition method and device based on a deep neural network"),
            .t("一种语音交互界面的意图识别方法", "Intent recognition method for a voice interaction interface"),
        ],
        subject: ClaimSubject(
            .t("一种语音对话交互方法", "A spoken dialogue interaction method"), short: .t("交互方法", "interaction method"), isMethod: true),
        leads: [
            .t("本发明涉及语音识别与自然语言处理技术领域。", "The invention relates to speech recognition and natural language processing."),
            .t("现有语音助手在嘈杂环境下识别率低，且难以理解上下文。", "Existing voice assistants recognise poorly in noise and lose track of context."),
        ],
        elements: [
            .t("采集用户语音并进行降噪和端点检测", "capturing the user's speech and applying noise reduction and endpoint detection"),
            .t("通过声学模型和语言模型将语音识别为文本", "recognising the speech as text with an acoustic model and a language model"),
            .t("根据对话历史进行意图识别和槽位填充", "recognising the intent and filling slots from the dialogue history"),
            .t("由对话管理模块选择回复策略并生成回复文本", "choosing a reply strategy and generating a reply in a dialogue manager"),
            .t("将回复文本合成为语音输出", "synthesising the reply as speech"),
        ],
        features: [
            .t("所述声学模型为Conformer结构，字错误率低于{3.0..8.0}%", "the acoustic model is a Conformer with a character error rate below {3.0..8.0}%"),
            .t("对话历史窗口为{3..10}轮", "the dialogue history window is {3..10} turns"),
            .t("唤醒词误唤醒率低于每{24..72}小时1次", "the wake word fires falsely less than once every {24..72} hours"),
            .t("意图识别模型采用预训练语言模型微调得到", "the intent model is a fine-tuned pre-trained language model"),
            .t("端到端响应时延小于{300..800} ms", "the end-to-end response latency is below {300..800} ms"),
        ],
        effects: [
            .t("该方法提高了嘈杂环境下的识别率和多轮对话的连贯性。", "The method improves recognition in noise and the coherence of multi-turn dialogue.")
        ],
        summaries: [
            .t(
                "语音识别、语义理解和对话管理技术及软件著作权。",
                "Speech recognition, language understanding and dialogue management technology, with the software copyrights.")
        ],
        industries: [.t("语音科技", "Speech Technology"), .t("人工智能", "Artificial Intelligence")],
        software: [.t("智能语音客服系统", "Intelligent Voice Customer Service System"), .t("车载语音助手软件", "In-Car Voice Assistant Software")],
        statements: { random, _ in languageStatement(&random) })
}
