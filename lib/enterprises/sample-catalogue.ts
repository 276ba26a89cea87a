// Invented material for the sample firms: industries with typical main products, name parts and
// how firms spread over provinces. Nothing here describes a real firm or a real distribution.

/** GB/T 4754-2017 codes (classes where sure, else groups) with main products typical of them. */
export const SAMPLE_INDUSTRIES: readonly { code: string; products: readonly string[] }[] = [
  { code: "C3484", products: ["精密机械零部件", "数控机床零部件", "液压零部件"] },
  { code: "C3421", products: ["数控车床", "五轴加工中心", "精密磨床"] },
  { code: "C3451", products: ["精密轴承", "高速轴承", "风电轴承"] },
  { code: "C345", products: ["谐波减速器", "精密齿轮", "行星减速机"] },
  { code: "C344", products: ["工业阀门", "高压柱塞泵", "螺杆压缩机"] },
  { code: "C348", products: ["精密紧固件", "密封件", "粉末冶金零件"] },
  { code: "C3670", products: ["汽车电子控制器", "新能源汽车电驱系统", "汽车轻量化零部件"] },
  { code: "C381", products: ["伺服电机", "永磁同步电机", "微特电机"] },
  { code: "C382", products: ["智能断路器", "变频器", "高压开关柜"] },
  { code: "C384", products: ["锂电池隔膜", "储能电池", "电池管理系统"] },
  { code: "C3973", products: ["功率半导体器件", "传感器芯片", "射频芯片"] },
  { code: "C3981", products: ["片式电容", "电感元件", "精密电阻"] },
  { code: "C398", products: ["电子浆料", "覆铜板", "光刻胶"] },
  { code: "C3581", products: ["医用影像设备", "体外诊断仪器", "监护仪"] },
  { code: "C401", products: ["工业自动化仪表", "精密测量仪器", "流量计"] },
  { code: "C2662", products: ["电子化学品", "特种涂料", "水处理剂"] },
  { code: "C292", products: ["工程塑料制品", "医用塑料制品", "特种薄膜"] },
  { code: "C325", products: ["铜合金带材", "铝合金型材", "钛合金管材"] },
  { code: "C374", products: ["航空零部件", "无人机", "卫星部件"] },
  { code: "I6513", products: ["工业软件", "工业互联网平台", "嵌入式软件"] },
  { code: "I653", products: ["物联网系统", "智能制造系统集成", "数据中心运维"] },
];

export const NAME_PARTS: readonly string[] = [
  "恒", "华", "瑞", "精", "创", "博", "睿", "拓", "宏", "达", "远", "新", "鑫", "泰", "联", "德", "诚", "正", "信", "晟",
  "凯", "安", "科", "昊", "盛", "嘉", "源", "力", "明", "智",
];

export const NAME_SUFFIXES: readonly string[] = ["科技有限公司", "股份有限公司", "技术有限公司", "制造有限公司"];

/** Relative weights by province code (invented, loosely: more firms where industry is dense). */
export const PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  "11": 6, "12": 2, "13": 3, "14": 1, "15": 1, "21": 3, "22": 1, "23": 1, "31": 5, "32": 8, "33": 10, "34": 4, "35": 3,
  "36": 2, "37": 7, "41": 3, "42": 4, "43": 3, "44": 9, "45": 1, "46": 1, "50": 2, "51": 3, "52": 1, "53": 1, "54": 1,
  "61": 2, "62": 1, "63": 1, "64": 1, "65": 1,
};

/** The cities with separate plans, by province: some sample firms sit there. */
export const PLAN_CITY_OF: Readonly<Record<string, string>> = { "21": "大连市", "37": "青岛市", "33": "宁波市", "35": "厦门市", "44": "深圳市", "65": "新疆生产建设兵团" };
