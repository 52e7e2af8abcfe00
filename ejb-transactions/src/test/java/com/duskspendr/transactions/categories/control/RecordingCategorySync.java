package com.duskspendr.transactions.categories.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import java.util.ArrayList;
import java.util.List;

/** Records what would reach the change log: "upsert category food_and_drink 1". */
public class RecordingCategorySync extends CategorySync {

  public final List<String> reported = new ArrayList<>();

  @Override
  public void upserted(AccountId owner, ChangeLog.Entity entity, String id, long version) {
    reported.add("upsert " + entity.feedName() + " " + id + " " + version);
  }

  @Override
  public void deleted(AccountId owner, ChangeLog.Entity entity, String id, long lastVersion) {
    reported.add("delete " + entity.feedName() + " " + id + " " + (lastVersion + 1));
  }
}
