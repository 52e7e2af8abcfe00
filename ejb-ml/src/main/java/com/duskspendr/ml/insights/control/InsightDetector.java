package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import java.util.List;

/** One kind of finding over an {@link Analysis}; pure, so it is tested on constructed histories. */
public interface InsightDetector {

  List<Insight> detect(Analysis analysis);
}
