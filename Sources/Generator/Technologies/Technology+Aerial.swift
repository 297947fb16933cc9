import DossierModel

extension Technology {
    /// Flight control of multi-rotor UAVs (state estimation, attitude and trajectory control).
    static let uavFlightControl = Technology(
        key: "uav-flight-control", controlled: true,
        ipc: ["G05D 1/10", "B64C 39/02", "G05D 1/0808", "B64U 10/13", "G05B 13/04"],
        assetTypes: [(.inventionPatent, 50), (.patentApplication, 15), (.softwareCopyright, 25), (.utilityModel, 5), (.tradeSecret, 5)],
        titles: [
            .t("一种多旋翼无人机的飞行控制方法及系统", "Flight control method and system for a multi-rotor unmanned aerial vehicle"),
            .t("基于自适应滑模的无人机姿态控制方法", "UAV attitude control method based on adaptive sliding-mode control"),
            .t("一种无人机集群编队飞行控制方法", "Formation flight control method for a UAV swarm"),
        ],
        subject: ClaimSubject(
            .t("一种无人机飞行控制方法", "A flight control method for an unmanned aerial vehicle"),
            short: .t("飞行控制方法", "flight control method"), isMethod: true,
            closing: .t(
                "一种飞行控制器，其特征在于，包括处理器和存储器，所述存储器存储有程序，所述程序被所述处理器执行时实现权利要求1至%n中任一项所述的飞行控制方法。",
                "A flight controller comprising a processor and a memory storing a program which, when executed by the processor, carries out the flight control method according to any one of claims 1 to %n."
            )),
        leads: [
            .t("本发明属于无人机飞行控制技术领域。", "The invention belongs to the field of UAV flight control."),
            .t(
                "现有多旋翼无人机在强风扰动和载荷变化下姿态保持能力差。",
                "Existing multi-rotor UAVs hold their attitude poorly under strong gusts and changing payloads."),
        ],
        elements: [
            .t(
                "获取惯性测量单元、气压计和卫星定位模块的测量数据",
                "acquiring measurements from an inertial measurement unit, a barometer and a satellite positioning module"),
            .t(
                "采用扩展卡尔曼滤波融合所述测量数据，估计无人机的位置、速度和姿态",
                "fusing the measurements with an extended Kalman filter to estimate the position, velocity and attitude of the UAV"),
            .t(
                "根据期望轨迹计算位置误差，由外环控制器生成期望姿态",
                "computing a position error from a desired trajectory and generating a desired attitude with an outer-loop controller"),
            .t("由内环自适应滑模控制器计算各电机的控制量", "computing a control input for each motor with an inner-loop adaptive sliding-mode controller"),
            .t("将所述控制量输出至电子调速器以驱动旋翼", "sending the control inputs to electronic speed controllers that drive the rotors"),
        ],
        features: [
            .t("所述内环控制频率为{200..1000} Hz", "the inner loop runs at {200..1000} Hz"),
            .t("所述滑模面为积分型滑模面", "the sliding surface is an integral sliding surface"),
            .t("在风速不大于{8..15} m/s时姿态角误差小于{0.5..2.0}°", "at wind speeds up to {8..15} m/s the attitude error stays below {0.5..2.0}°"),
            .t(
                "所述外环控制器为PID控制器，其参数根据飞行速度在线整定",
                "the outer-loop controller is a PID controller whose gains are tuned online from the flight speed"),
            .t("当卫星定位信号丢失时切换至视觉里程计定位", "positioning switches to visual odometry when the satellite signal is lost"),
            .t("集群中各无人机通过数据链交换位置信息，通信距离为{2..10} km", "the UAVs of a swarm exchange positions over a data link with a range of {2..10} km"),
            .t("所述无人机的最大起飞重量为{7..150} kg", "the maximum take-off weight of the UAV is {7..150} kg"),
            .t("所述飞行控制律包括风扰动前馈补偿项", "the control law includes a feed-forward term compensating wind disturbance"),
        ],
        effects: [
            .t(
                "该方法提高了无人机在复杂环境中的抗扰能力和轨迹跟踪精度。",
                "The method improves the disturbance rejection and trajectory tracking of the UAV in complex environments.")
        ],
        summaries: [
            .t(
                "多旋翼无人机飞行控制算法、飞控软件及相关专利。",
                "Flight control algorithms and flight control software for multi-rotor UAVs, with the related patents.")
        ],
        industries: [.t("无人机", "UAV"), .t("航空科技", "Aviation Technology"), .t("智能装备", "Intelligent Equipment")],
        software: [.t("无人机飞行控制软件", "UAV Flight Control Software"), .t("无人机地面站软件", "UAV Ground Station Software")],
        statements: { random, _ in
            random.chance(0.5) ? [.t("续航时间为{25..180} min", "the endurance is {25..180} min").filled(&random)] : []
        })

    /// Obstacle avoidance and path planning for UAVs.
    static let uavObstacleAvoidance = Technology(
        key: "uav-obstacle-avoidance", controlled: true,
        ipc: ["G05D 1/10", "G06T 7/593", "G06V 20/17", "G01C 21/20", "B64U 20/87"],
        assetTypes: [(.inventionPatent, 55), (.patentApplication, 15), (.softwareCopyright, 25), (.tradeSecret, 5)],
        titles: [
            .t("一种基于双目视觉的无人机避障方法", "Obstacle avoidance method for a UAV based on binocular vision"),
            .t("无人机自主避障路径规划方法、装置及存储介质", "Autonomous obstacle-avoidance path planning method and device for a UAV, and storage medium"),
        ],
        subject: ClaimSubject(
            .t("一种无人机避障方法", "An obstacle avoidance method for an unmanned aerial vehicle"),
            short: .t("避障方法", "obstacle avoidance method"), isMethod: true,
            closing: .t(
                "一种计算机可读存储介质，其上存储有计算机程序，其特征在于，该程序被处理器执行时实现权利要求1至%n中任一项所述的避障方法。",
                "A computer-readable storage medium storing a computer program which, when executed by a processor, carries out the obstacle avoidance method according to any one of claims 1 to %n."
            )),
        leads: [
            .t(
                "本发明涉及无人机自主导航领域，具体涉及一种避障方法。",
                "The invention relates to autonomous UAV navigation, in particular to an obstacle avoidance method."),
            .t("在城市和林地等复杂环境中，无人机容易与建筑物、树枝和电线发生碰撞。", "In cities and woodland UAVs easily collide with buildings, branches and power lines."),
        ],
        elements: [
            .t("通过双目相机采集前方环境图像并计算视差图", "capturing images ahead with a binocular camera and computing a disparity map"),
            .t("根据视差图构建局部占据栅格地图", "building a local occupancy grid map from the disparity map"),
            .t("采用改进A*算法在栅格地图中搜索无碰撞路径", "searching the grid map for a collision-free path with an improved A* algorithm"),
            .t("对路径进行B样条平滑并生成速度指令", "smoothing the path with a B-spline and generating velocity commands"),
            .t("将速度指令发送至飞行控制器执行", "sending the velocity commands to the flight controller"),
        ],
        features: [
            .t("障碍物检测距离为{0.5..40.0} m", "obstacles are detected at ranges of {0.5..40.0} m"),
            .t("所述栅格地图的分辨率为{5..20} cm", "the grid map has a resolution of {5..20} cm"),
            .t("路径重规划周期不大于{50..200} ms", "the path is re-planned at least every {50..200} ms"),
            .t("还融合毫米波雷达数据以识别电线等细小障碍物", "millimetre-wave radar data are also fused to detect thin obstacles such as wires"),
            .t("采用深度神经网络对障碍物进行语义分类", "obstacles are classified semantically by a deep neural network"),
            .t("避障时的最大飞行速度为{5..15} m/s", "the maximum speed while avoiding obstacles is {5..15} m/s"),
        ],
        effects: [
            .t("该方法计算量小，可在机载嵌入式平台上实时运行。", "The method is light enough to run in real time on an embedded on-board computer.")
        ],
        summaries: [
            .t("无人机视觉避障与路径规划算法及软件。", "Vision-based obstacle avoidance and path planning algorithms and software for UAVs.")
        ],
        industries: [.t("无人机", "UAV"), .t("智能科技", "Intelligent Technology")],
        software: [.t("无人机避障规划软件", "UAV Obstacle Avoidance Planning Software")])

    /// A UAV payload (a spraying device) that in a share of dossiers states that it does not
    /// involve flight control: a keyword inside an explicit negation is no hit.
    static let uavSprayer = Technology(
        key: "uav-sprayer", controlled: true,
        ipc: ["B64D 1/18", "A01M 7/00", "B05B 3/02", "B64U 101/45"],
        assetTypes: [(.utilityModel, 50), (.inventionPatent, 30), (.designPatent, 15), (.trademark, 5)],
        titles: [
            .t("一种植保无人机的喷洒装置", "Spraying device for a plant-protection UAV"),
            .t("植保无人机用离心雾化喷头", "Centrifugal atomising nozzle for a plant-protection UAV"),
        ],
        subject: ClaimSubject(
            .t("一种植保无人机喷洒装置", "A spraying device for a plant-protection UAV"),
            short: .t("喷洒装置", "spraying device"), isMethod: false),
        leads: [
            .t("本实用新型涉及农用无人机技术领域，尤其涉及一种喷洒装置。", "The utility model relates to agricultural UAVs, in particular to a spraying device."),
            .t("现有植保无人机喷洒雾滴大小不均，药液飘移严重。", "Existing plant-protection UAVs spray droplets of uneven size that drift badly."),
        ],
        elements: [
            .t("药箱，固定于机身下方", "a tank fixed below the fuselage"),
            .t("隔膜泵，与所述药箱连通", "a diaphragm pump connected to the tank"),
            .t("喷杆，两端各设有离心喷头", "a spray boom with a centrifugal nozzle at each end"),
            .t("流量传感器，用于检测喷洒流量", "a flow sensor measuring the spray flow"),
        ],
        features: [
            .t("所述离心喷头的转速为{8000..16000} r/min", "the centrifugal nozzle turns at {8000..16000} r/min"),
            .t("所述药箱容积为{10..40} L", "the tank holds {10..40} L"),
            .t("所述喷杆由碳纤维管制成", "the spray boom is made of carbon-fibre tube"),
            .t("雾滴粒径可在{50..100}～{300..500} μm之间调节", "the droplet size can be set between {50..100} and {300..500} μm"),
            .t("所述药箱底部设有液位传感器", "a level sensor is fitted at the bottom of the tank"),
        ],
        effects: [
            .t("该装置雾化均匀，减少了药液飘移。", "The device atomises evenly and reduces drift.")
        ],
        summaries: [
            .t("植保无人机喷洒装置的结构设计及专利。", "Design of the spraying device of a plant-protection UAV, with the patents.")
        ],
        industries: [.t("农业航空", "Agricultural Aviation"), .t("植保科技", "Crop Protection Technology")],
        products: [.t("植保无人机药箱", "tank for a plant-protection UAV"), .t("离心喷头", "centrifugal nozzle")],
        statements: { random, shares in
            guard random.chance(shares.negation) else { return [] }
            return [
                random.pick([
                    .t("该装置仅涉及喷洒机构，不涉及飞行控制", "the device concerns only the spraying mechanism and does not involve flight control"),
                    .t("本申请不涉及飞行控制及导航算法", "the application does not involve flight control or navigation algorithms"),
                ])
            ]
        })

    /// Laser radar (lidar) for vehicles and mapping.
    static let lidar = Technology(
        key: "lidar", controlled: true,
        ipc: ["G01S 17/89", "G01S 7/481", "G01S 17/931", "G01S 7/4865", "G01S 7/4817"],
        assetTypes: [
            (.inventionPatent, 50), (.utilityModel, 15), (.patentApplication, 15), (.icLayoutDesign, 12), (.softwareCopyright, 8),
        ],
        titles: [
            .t("一种多线激光雷达及其测距方法", "Multi-channel lidar and ranging method therefor"),
            .t("基于1550 nm光纤激光器的调频连续波激光雷达", "Frequency-modulated continuous-wave lidar based on a 1550 nm fibre laser"),
            .t("激光雷达的扫描装置及自动驾驶车辆", "Scanning device for a laser radar, and autonomous vehicle"),
        ],
        subject: ClaimSubject(
            .t("一种激光雷达", "A lidar"), short: .t("激光雷达", "lidar"), isMethod: false,
            closing: .t("一种车辆，其特征在于，包括权利要求1至%n中任一项所述的激光雷达。", "A vehicle comprising the lidar according to any one of claims 1 to %n.")),
        leads: [
            .t("本发明涉及激光雷达技术领域。", "The invention relates to laser radar (lidar)."),
            .t("现有机械旋转式激光雷达体积大、成本高、可靠性差。", "Existing mechanically rotating lidars are bulky, costly and unreliable."),
        ],
        elements: [
            .t("激光发射模块，用于发射探测激光", "a laser emitter module emitting a probe beam"),
            .t("扫描模块，包括MEMS微振镜", "a scanning module comprising a MEMS micromirror"),
            .t("接收模块，包括雪崩光电二极管阵列", "a receiver module comprising an avalanche photodiode array"),
            .t("信号处理模块，用于根据飞行时间计算目标距离", "a signal processing module computing the target distance from the time of flight"),
        ],
        features: [
            .t("所述激光雷达的线数为{16..128}", "the lidar has {16..128} channels"),
            .t("在10%反射率下最大探测距离为{150..300} m", "the maximum range at 10% reflectivity is {150..300} m"),
            .t(
                "水平视场角为{90..120}°，角分辨率为{0.05..0.20}°",
                "the horizontal field of view is {90..120}° with an angular resolution of {0.05..0.20}°"),
            .t("测距精度优于±{2..5} cm", "the ranging accuracy is better than ±{2..5} cm"),
            .t("所述接收模块采用单光子雪崩二极管阵列", "the receiver module uses a single-photon avalanche diode array"),
            .t("点频不低于每秒{1..3}百万点", "the point rate is at least {1..3} million points per second"),
        ],
        effects: [
            .t("该激光雷达结构紧凑、成本低，满足车规级要求。", "The lidar is compact and cheap and meets automotive-grade requirements.")
        ],
        summaries: [
            .t("车载激光雷达的光学设计、扫描方案和信号处理技术。", "Optical design, scanning scheme and signal processing of an automotive lidar.")
        ],
        industries: [.t("光电", "Optoelectronics"), .t("激光雷达", "Lidar"), .t("智能感知", "Intelligent Sensing")],
        products: [.t("车载激光雷达外壳", "housing of a vehicle lidar")],
        software: [.t("激光雷达点云处理软件", "Lidar Point Cloud Processing Software")],
        extras: [.t("激光雷达接收前端芯片", "lidar receiver front-end chip"), .t("激光驱动芯片", "laser driver chip")],
        statements: { random, _ in
            random.chance(0.6)
                ? [
                    random.pick([
                        .t("激光波长为905 nm", "the laser wavelength is 905 nm"), .t("激光波长为1550 nm", "the laser wavelength is 1550 nm"),
                    ])
                ]
                : []
        })
}
